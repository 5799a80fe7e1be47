import Foundation
import TerminalBackend

/// `y` in the reader: the quote and its citation to the terminal's clipboard (OSC 52) and, when
/// `copy-command` names one (`wl-copy`, `xclip -selection clipboard`, `pbcopy`), through it.
enum Clipboard {
    /// Copies `text` and says where it went, for the status bar.
    static func copy(_ text: String, terminal: Terminal, command: String?) -> String {
        terminal.setClipboard(base64: Data(text.utf8).base64EncodedString())
        var places = ["the terminal's clipboard"]
        if let command {
            if let problem = run(command, input: text) {
                return "copied \(text.count) characters to the terminal's clipboard; \(command) failed: \(problem)"
            }
            places.append(command)
        }
        return "copied \(text.count) characters to " + places.joined(separator: " and ")
    }

    /// Runs `sh -c command` with `input` on its standard input; what went wrong, or nil.
    static func run(_ command: String, input: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardInput = pipe
        // Its output would write over the screen.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "could not start it"
        }
        pipe.fileHandleForWriting.write(Data(input.utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "exit status \(process.terminationStatus)"
    }
}
