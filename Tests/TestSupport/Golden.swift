import Foundation

/// Golden files: compared as text, re-recorded only when COLLOQUY_RECORD=1, and a recording
/// run reports failure so it can never pass by accident.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["COLLOQUY_RECORD"] == "1" }

    /// Returns nil when `actual` matches the file, else a message with a line diff.
    public static func check(_ actual: String, file: URL) -> String? {
        if recording {
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return "recorded \(file.lastPathComponent); run again without COLLOQUY_RECORD to compare"
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "no golden file \(file.path); record it with COLLOQUY_RECORD=1"
        }
        if expected == actual { return nil }
        return "\(file.lastPathComponent) differs:\n" + LineDiff.diff(expected: expected, actual: actual)
    }
}

/// Where the repository's files are, found from a test source file's path.
public enum Repository {
    public static func root(from filePath: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}
