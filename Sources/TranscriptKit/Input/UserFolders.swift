import Foundation

/// The XDG base directory rule, one place for every folder Colloquy keeps: `$VARIABLE/colloquy`,
/// or `~/FALLBACK/colloquy` when the variable is unset or not an absolute path. A path, not a
/// `URL`: the way to the first screen asks for some of these, and Foundation's `URL` cost a fifth
/// of the live reader's own work before its first frame on its first use.
public enum UserFolders {
    public static func path(_ variable: String, else fallback: String, environment: [String: String]) -> String {
        let base = environment[variable].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/" + fallback
        return base + "/colloquy"
    }
}
