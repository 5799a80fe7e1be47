/// A deterministic synthetic interview of any size, for benchmarks: the same bytes every run.
enum BenchTranscript {
    static let words = """
        the of and to in a is that for it as was with be by on not he this are or his from at which but have an \
        they you were their one all we can her has there been if more when will would who so no sanctions \
        agreement minister question government president relations security council treaty negotiations \
        economy election partners region dialogue cooperation interests position policy international \
        Libya Syria Russia France Germany Iran Turkey Egypt Tunisia Africa Europe America Moscow Paris Berlin
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    struct Generator {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next(_ n: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(n))
        }
    }

    static func generate(megabytes: Int) -> [UInt8] {
        let target = megabytes << 20
        var out: [UInt8] = []
        out.reserveCapacity(target + 4096)
        var rng = Generator()
        func sentence(_ count: Int, ending: String) -> String {
            var s = ""
            for i in 0..<count {
                var w = words[rng.next(words.count)]
                if i == 0 { w = w.prefix(1).uppercased() + w.dropFirst() }
                s += (i == 0 ? "" : " ") + w
            }
            return s + ending
        }
        func append(_ s: String) { out.append(contentsOf: Array(s.utf8)) }
        append("A Synthetic Interview for Benchmarks\n\nThis transcript is generated; its words mean nothing.\n\n")
        var exchange = 0
        while out.count < target {
            exchange += 1
            append("Interviewer: \(sentence(8 + rng.next(20), ending: ".")) \(sentence(6 + rng.next(12), ending: "?"))\n\n")
            append("Guest Speaker: \(sentence(30 + rng.next(90), ending: "."))\n\n")
            for _ in 0..<(2 + rng.next(6)) {
                if rng.next(8) == 0 { append("© AGENCY / PHOTOGRAPHER \(sentence(6 + rng.next(10), ending: ""))\n\n") }
                append("\(sentence(40 + rng.next(110), ending: ".")) \(sentence(10 + rng.next(20), ending: "."))\n\n")
            }
        }
        append("This work is licensed under a Creative Commons licence.\n")
        return out
    }
}
