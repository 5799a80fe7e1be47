extension SpeakerStatistics {
    /// `colloquy speakers`: a heading, then one aligned line per speaker, most words first:
    ///
    ///     speaker        role         turns  words  share              asked  avg answer  exchanges
    ///     Sergei Lavrov  interviewee     37   6120   71% ███████████▍       0         165  1–37
    ///
    /// `asked` counts turns with a question mark; `avg answer` is words per answering turn
    /// (`—` for someone who never answers); `exchanges` are the ones the speaker speaks in.
    public func table(title: String) -> String {
        var out = "\(title) — \(speakers.count) speaker\(speakers.count == 1 ? "" : "s"), "
            + "\(words) words in \(turns) turns\n"
        guard !speakers.isEmpty else { return out + "no labelled speakers\n" }
        let nameWidth = min(32, max(7, speakers.map { $0.name.count }.max() ?? 0))
        func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
            let room = String(repeating: " ", count: max(0, width - s.count))
            return right ? room + s : s + room
        }
        let barWidth = 16
        out += pad("speaker", nameWidth) + "  " + pad("role", 11) + "  turns  words  " + pad("share", barWidth + 6)
            + "  asked  avg answer  exchanges\n"
        for s in speakers {
            let name = s.name.count > nameWidth ? String(s.name.prefix(nameWidth - 1)) + "…" : s.name
            let share = share(s)
            out += pad(name, nameWidth) + "  " + pad(s.role.rawValue, 11)
                + "  " + pad(String(s.turns), 5, right: true) + "  " + pad(String(s.words), 5, right: true)
                + "  " + pad(Self.percent(share), 4, right: true) + " " + pad(Self.bar(share, width: barWidth), barWidth)
                + "  " + pad(String(s.questions), 5, right: true)
                + "  " + pad(s.averageAnswer.map(String.init) ?? "—", 10, right: true)
                + "  " + Self.ranges(s.exchanges) + "\n"
        }
        return out
    }

    /// `71%`, or `<1%` for a voice that is there but barely.
    public static func percent(_ share: Double) -> String {
        share > 0 && share < 0.005 ? "<1%" : "\(Int((share * 100).rounded()))%"
    }

    /// A bar of eighth blocks, `width` cells for the whole.
    public static func bar(_ share: Double, width: Int) -> String {
        let eighths = Int((max(0, min(1, share)) * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        // A speaker with any words at all gets a sliver, so nobody looks silent.
        let sliver = eighths == 0 && share > 0 ? "▏" : ""
        return String(repeating: "█", count: eighths / 8) + partial + sliver
    }

    /// `1–3,7,9–12`: ascending exchange numbers as runs.
    public static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count && numbers[j + 1] == numbers[j] + 1 { j += 1 }
            parts.append(j == i ? "\(numbers[i])" : "\(numbers[i])–\(numbers[j])")
            i = j + 1
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ",")
    }
}

extension SpeakerStatistics {
    /// `6,254`: figures meant to be read rather than parsed.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// What a speaker did, in words, short lines for the Speakers tab: `interviewee`, `9 turns ·
    /// 6,254 words · 91%`, `asks in 1 turn`, `answers 695 words on average`, `exchanges 1–9`.
    public func summary(_ s: Speaker) -> [String] {
        let plural = { (n: Int, word: String) in "\(Self.grouped(n)) \(word)\(n == 1 ? "" : "s")" }
        return [
            s.role.rawValue,
            "\(plural(s.turns, "turn")) · \(plural(s.words, "word")) · \(Self.percent(share(s)))",
            s.questions == 0 ? "asks nothing" : "asks in \(plural(s.questions, "turn"))",
            s.averageAnswer.map { "answers \(plural($0, "word")) on average" } ?? "answers nothing",
            "exchanges \(Self.ranges(s.exchanges))",
        ]
    }
}
