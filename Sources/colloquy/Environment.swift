#if canImport(Glibc)
import Glibc
#endif
import ReaderCore

/// Environment variables, read one at a time with getenv. Foundation's
/// `ProcessInfo.environment` copies every variable into a new dictionary on each call
/// (0.4 M instructions with 50 variables), and the launch asked for it six times.
enum Environment {
    static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// Just the named variables that are set, for APIs that take an environment dictionary.
    static func only(_ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names { if let value = value(name) { found[name] = value } }
        return found
    }

    /// What `Settings.read(environment:)` looks at.
    static var settings: [String: String] { only(Settings.known.map(\.environment)) }

    /// What the XDG folders are worked out from.
    static var folders: [String: String] { only(["HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"]) }
}
