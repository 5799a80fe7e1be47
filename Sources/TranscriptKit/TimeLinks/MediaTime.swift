/// Times in a transcript (subtitle cues, `Name (00:12:31):` labels) as links into its recording.
extension Document {
    /// The time of a paragraph: its own, or else the last one given before it, since a turn's
    /// later paragraphs carry none. Nil where the document has no time before it.
    public func time(at block: Int) -> (text: String, seconds: Int)? {
        var i = min(block, blocks.count - 1)
        while i >= 0 {
            if let text = blocks[i].time, let ms = CueTiming.milliseconds(Substring(text)) { return (text, ms / 1000) }
            i -= 1
        }
        return nil
    }
}

/// The `player` setting: a command with `{seconds}`, `{time}` and `{media}` in it, such as
/// `mpv --start={seconds} {media}`.
public enum Player {
    /// The command to run, or nil when it names `{media}` and there is none.
    public static func command(_ template: String, seconds: Int, time: String, media: String?) -> String? {
        if template.contains("{media}") && media == nil { return nil }
        return template.replacing("{seconds}", with: String(seconds))
            .replacing("{time}", with: time)
            .replacing("{media}", with: media.map(shellQuoted) ?? "")
    }

    /// `'it'\''s.mp3'`: one word for `sh -c`, whatever the name holds.
    public static func shellQuoted(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }

    /// Recordings looked for beside a transcript: `talk.vtt` (or `talk.en.vtt`) finds `talk.mp3`.
    public static let mediaExtensions = ["mp3", "m4a", "ogg", "opus", "wav", "flac", "mp4", "mkv", "webm", "mov"]

    /// Paths a transcript's recording may have, most likely first.
    public static func candidates(beside transcript: String) -> [String] {
        var stems: [String] = []
        var stem = transcript
        for _ in 0..<2 {
            guard let dot = stem.lastIndex(of: "."), !stem[dot...].contains("/") else { break }
            stem = String(stem[..<dot])
            stems.append(stem)
        }
        return stems.flatMap { s in mediaExtensions.map { s + "." + $0 } }
    }
}
