import Foundation

/// The themes a reader can cycle through: the shipped ones plus the user's own.
///
/// Shipped themes are parsed when first asked for: parsing all six at every start was a sixth
/// of the time to the first screen, and a reader mostly uses one. The user's files are parsed
/// at once, so that a broken one is reported when the reader starts.
public struct ThemeCatalog: Sendable {
    /// `default` first, then the shipped themes, then the user's (one with a shipped theme's
    /// name replaces it, and comes last).
    public private(set) var names: [String]
    /// Messages about theme files that could not be used, naming file and line.
    public private(set) var problems: [String] = []
    private var userThemes: [String: Theme] = [:]
    private let shipped = ShippedThemes()

    /// - Parameter userFiles: (path, text) of files from the user's theme folder.
    public init(userFiles: [(path: String, text: String)] = []) {
        names = EmbeddedThemes.names
        for (path, text) in userFiles { add(text, file: path) }
        if let index = names.firstIndex(of: "default"), index != 0 { names.insert(names.remove(at: index), at: 0) }
        if names.isEmpty { names = [Theme.fallback.name] }
    }

    /// Every theme, parsed (for tests and listings; the reader asks by name).
    public var themes: [Theme] { names.compactMap(theme(named:)) }

    public func theme(named name: String) -> Theme? {
        if let theme = userThemes[name] { return theme }
        if name == Theme.fallback.name && names == [name] { return .fallback }
        return names.contains(name) ? shipped.theme(name) : nil
    }

    /// Loads a theme file named on the command line.
    public mutating func addFile(path: String, text: String) -> Theme? { add(text, file: path) }

    @discardableResult
    private mutating func add(_ text: String, file: String) -> Theme? {
        do {
            let known = self
            let theme = try ThemeFile.parse(text, file: file, inherit: { known.theme(named: $0) })
            names.removeAll { $0 == theme.name }
            names.append(theme.name)
            userThemes[theme.name] = theme
            return theme
        } catch {
            problems.append(error.description)
            return nil
        }
    }
}

/// The compiled-in themes, each parsed once, when first needed, whichever thread asks.
private final class ShippedThemes: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [String: Theme] = [:]

    func theme(_ name: String) -> Theme? {
        if let theme = lock.withLock({ parsed[name] }) { return theme }
        guard let theme = EmbeddedThemes.ready(named: name) ?? EmbeddedThemes.text(named: name).flatMap({ text in
            try? ThemeFile.parse(text, file: name + ".theme", inherit: { self.theme($0) })
        }) else { return nil }
        lock.withLock { parsed[name] = theme }
        return theme
    }
}

extension EmbeddedThemes {
    static var names: [String] { encoded.map(\.0) }

    static func text(named name: String) -> String? {
        guard let lines = encoded.first(where: { $0.0 == name })?.1 else { return nil }
        return String(decoding: Data(base64Encoded: lines.joined()) ?? Data(), as: UTF8.self)
    }
}
