/// The themes a reader can cycle through: the shipped ones plus the user's own.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [Theme] = []
    /// Messages about theme files that could not be used, naming file and line.
    public private(set) var problems: [String] = []

    /// - Parameter userFiles: (path, text) of files from the user's theme folder; a user
    ///   theme with a shipped theme's name replaces it.
    public init(userFiles: [(path: String, text: String)] = []) {
        for (name, text) in EmbeddedThemes.all { add(text, file: name + ".theme") }
        for (path, text) in userFiles { add(text, file: path) }
        if themes.isEmpty { themes = [.fallback] }
        if let index = themes.firstIndex(where: { $0.name == "default" }), index != 0 {
            themes.insert(themes.remove(at: index), at: 0)
        }
    }

    public var names: [String] { themes.map(\.name) }

    public func theme(named name: String) -> Theme? { themes.first { $0.name == name } }

    /// Loads a theme file named on the command line and puts it first.
    public mutating func addFile(path: String, text: String) -> Theme? {
        guard let theme = add(text, file: path) else { return nil }
        return theme
    }

    @discardableResult
    private mutating func add(_ text: String, file: String) -> Theme? {
        do {
            let known = themes
            let theme = try ThemeFile.parse(text, file: file, inherit: { name in known.first { $0.name == name } })
            themes.removeAll { $0.name == theme.name }
            themes.append(theme)
            return theme
        } catch {
            problems.append(error.description)
            return nil
        }
    }
}
