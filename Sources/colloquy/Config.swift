import Foundation
import ReaderCore
import TranscriptKit

/// The config file on disk and the settings in force: defaults, the file, the environment, flags.
enum Config {
    /// `$XDG_CONFIG_HOME/colloquy`, default `~/.config/colloquy` (themes live in `themes/` inside).
    static var folder: URL { URL(fileURLWithPath: folderPath) }
    /// The folder as a path: what the way to the first screen uses, made without Foundation's
    /// `URL` and file manager, whose first use cost a fifth of the live reader's own work
    /// before its first frame (their parser and caches set up).
    static var folderPath: String { userFolderPath("XDG_CONFIG_HOME", else: ".config") }

    /// `$VARIABLE/colloquy`, or `~/FALLBACK/colloquy` when the variable is unset or not absolute
    /// (the XDG base directory rule).
    static func userFolder(_ variable: String, else fallback: String) -> URL {
        URL(fileURLWithPath: userFolderPath(variable, else: fallback))
    }

    static func userFolderPath(_ variable: String, else fallback: String) -> String {
        UserFolders.path(variable, else: fallback, environment: Environment.only([variable, "HOME"]))
    }

    static var file: URL { folder.appendingPathComponent("config") }

    static func settings(_ arguments: Arguments) -> Settings {
        var settings = Settings()
        let path = folderPath + "/config"
        if access(path, F_OK) == 0 {
            do {
                let bytes = try DocumentInput.read(path: path, limit: 1 << 20, refusingBinary: true)
                settings.read(file: String(decoding: bytes, as: UTF8.self), path: path)
            } catch {
                settings.problem("\(error.description); the defaults apply")
            }
        }
        settings.read(environment: Environment.settings)
        if let theme = arguments.theme { _ = settings.set("theme", theme, from: .flag("--theme")) }
        if arguments.plain { _ = settings.set("plain", "yes", from: .flag("--plain")) }
        if let command = arguments.copyCommand { _ = settings.set("copy-command", command, from: .flag("--copy-command")) }
        if let measure = arguments.measure { _ = settings.set("measure", String(measure), from: .flag("--measure")) }
        if let width = arguments.sidebarWidth { _ = settings.set("sidebar-width", String(width), from: .flag("--sidebar-width")) }
        return settings
    }

    /// `colloquy config`: each setting, its value and where it came from; then the rebindings.
    static func run(_ arguments: Arguments) -> Int32 {
        let settings = settings(arguments)
        let exists = FileManager.default.fileExists(atPath: file.path)
        var out = "config file: \(file.path)\(exists ? "" : " (none there)")\n"
        var rows: [(name: String, value: String, origin: String)] = Settings.known.map { setting in
            let value = settings.values[setting.name]
            return (setting.name, value?.text ?? setting.standard, value?.origin.description ?? "default")
        }
        for r in settings.rebindings {
            rows.append(("bind " + KeyNotation.name(of: r.key), r.action?.name ?? "(unbound)", r.origin.description))
        }
        let nameWidth = rows.map { $0.name.count }.max() ?? 0
        let valueWidth = rows.map { $0.value.count }.max() ?? 0
        for row in rows {
            let name = row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let value = row.value.padding(toLength: max(valueWidth, row.value.count), withPad: " ", startingAt: 0)
            out += name + "  " + value + "  " + row.origin + "\n"
        }
        for note in settings.keyMap().notes { out += "note: \(note)\n" }
        Output.write(Printable.sanitized(out))
        for problem in settings.problems { Output.error("colloquy: \(problem)") }
        return settings.problems.isEmpty ? 0 : 1
    }
}

extension Settings {
    /// The theme to ask for, or nil to let the catalog start with its default.
    var themeRequest: String? { values["theme"]?.origin == .standard ? nil : theme }

    /// The environment or a flag chose the theme: it wins over the one remembered for a document
    /// (the config file's is a standing default, and the remembered choice is more recent).
    var themeIsExplicit: Bool {
        switch values["theme"]?.origin {
        case .environment, .flag: return true
        default: return false
        }
    }
}
