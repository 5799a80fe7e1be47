import Foundation
import ReaderCore
import TerminalBackend
import TranscriptKit

/// `o` in the reader: the `player` command from a paragraph's time, or, with no player set, the
/// time copied as `y` copies a quote.
enum Playback {
    static func play(seconds: Int, time: String, settings: Settings, arguments: Arguments, terminal: Terminal) -> String {
        guard let template = settings.player else {
            return "no player set (player = … in the config file); " + Clipboard.copy(time, terminal: terminal, command: settings.copyCommand)
        }
        guard let command = Player.command(template, seconds: seconds, time: time, media: media(arguments)) else {
            return "no recording to play: --media FILE, or put one beside the transcript (NAME.mp3, .m4a, .mp4…)"
        }
        // Not waited for: a player runs as long as the recording, and its output would write over the screen.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "could not start the player: \(command)" }
        return "playing from \(time): \(command)"
    }

    /// `--media`, or a recording beside the transcript with its name.
    static func media(_ arguments: Arguments) -> String? {
        if let media = arguments.media { return media }
        guard let file = arguments.file, file != "-" else { return nil }
        return Player.candidates(beside: file).first { FileManager.default.fileExists(atPath: $0) }
    }
}
