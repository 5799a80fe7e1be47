import Foundation

/// One transcript's people and key terms scored against its hand-written gold.
///
/// People are scored as (paragraph, person) pairs: a found name is the gold person when the
/// words of one name are all in the other (`Navalny` is `Alexei Navalny`; the list shows full
/// names, the gold may know more of a name than the text gives). Key terms are scored as
/// precision at 4: each of an exchange's four slots holds a term from a gold group not used
/// before in that exchange, or it is a miss (an empty slot is a miss too).
public struct EntityScore: Sendable {
    public var file: String
    public var truePositives = 0, falsePositives = 0, falseNegatives = 0
    public var termHits = 0, termSlots = 0
    /// What went wrong, for `--verbose`: `line 57: found X`, `line 57: missed Y`, `exchange 3: Z`.
    public var wrongPeople: [String] = [], missedPeople: [String] = [], wrongTerms: [String] = []

    public static let termsPerExchange = 4
    /// Whether the gold labels this file's people (some are labelled for key terms only).
    public var scoresPeople = false

    public init(document: Document, people: MentionIndex, keyTerms: [Int: [String]], gold: EntityGold) {
        file = gold.file
        scorePeople(document, people, gold)
        scoreTerms(document, keyTerms, gold)
    }

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var termPrecision: Double { ratio(termHits, termSlots) }

    private mutating func scorePeople(_ document: Document, _ people: MentionIndex, _ gold: EntityGold) {
        guard let goldPeople = gold.people else { return }
        scoresPeople = true
        var expected: [Int: [String]] = [:]   // block → gold people
        for (name, lines) in goldPeople {
            for line in lines {
                guard let block = Self.block(containing: line, in: document) else {
                    falseNegatives += 1
                    missedPeople.append("line \(line): \(name) (no paragraph holds this line)")
                    continue
                }
                if !(expected[block] ?? []).contains(name) { expected[block, default: []].append(name) }
            }
        }
        for block in document.blocks.indices {
            // Outside the labelled part of a transcript nothing is scored, found or missed.
            if let range = gold.peopleLines, !range.contains(document.blocks[block].lines.lowerBound) {
                if let names = expected[block] {
                    falseNegatives += names.count
                    missedPeople += names.map { "line \(document.blocks[block].lines.lowerBound): \($0) (outside the labelled lines)" }
                }
                continue
            }
            var wanted = expected[block] ?? []
            let found = block < people.mentions.count ? people.codes(inBlock: block) : []
            var unmatched: [String] = []
            // Exact names first, so that `Gershkovich` cannot take Evan's place when both are there.
            for name in found {
                if let k = wanted.firstIndex(where: { Self.words($0) == Self.words(name) }) { wanted.remove(at: k); truePositives += 1 } else { unmatched.append(name) }
            }
            for name in unmatched {
                if let k = wanted.firstIndex(where: { Self.samePerson($0, name) }) {
                    wanted.remove(at: k)
                    truePositives += 1
                } else {
                    falsePositives += 1
                    wrongPeople.append("line \(document.blocks[block].lines.lowerBound): found \(name)")
                }
            }
            falseNegatives += wanted.count
            missedPeople += wanted.map { "line \(document.blocks[block].lines.lowerBound): missed \($0)" }
        }
    }

    private mutating func scoreTerms(_ document: Document, _ keyTerms: [Int: [String]], _ gold: EntityGold) {
        for (line, groups) in gold.keyTerms {
            termSlots += Self.termsPerExchange
            guard let block = Self.block(containing: line, in: document), let number = document.blocks[block].exchange else {
                wrongTerms.append("line \(line): no exchange holds this line")
                continue
            }
            var used = Set<Int>()
            for term in (keyTerms[number] ?? []).prefix(Self.termsPerExchange) {
                if let g = Self.groups(holding: term, in: groups).first(where: { !used.contains($0) }) {
                    used.insert(g)
                    termHits += 1
                } else {
                    wrongTerms.append("exchange \(number) (line \(line)): \(term)")
                }
            }
        }
    }

    /// The gold groups (by index) that accept `term`; a slot takes the first not used before.
    static func groups(holding term: String, in groups: [[String]]) -> [Int] {
        let key = normalised(term)
        return groups.indices.filter { groups[$0].contains { normalised($0) == key } }
    }

    /// The block whose source lines include `line`, or the first one after it (a blank line).
    static func block(containing line: Int, in document: Document) -> Int? {
        document.blocks.firstIndex { $0.lines.contains(line) }
    }

    /// Lower-case words, split at spaces and hyphens, without dots and possessives.
    static func words(_ name: String) -> [String] {
        normalised(name).split(whereSeparator: { $0 == " " || $0 == "-" }).map { word in
            var w = String(word.filter { $0 != "." })
            if w.hasSuffix("'s") { w.removeLast(2) }
            return w
        }.filter { !$0.isEmpty }
    }

    static func samePerson(_ a: String, _ b: String) -> Bool {
        let x = Set(words(a)), y = Set(words(b))
        return !x.isEmpty && !y.isEmpty && (x.isSubset(of: y) || y.isSubset(of: x))
    }

    /// Folded for comparing: lower case, straight apostrophes, no leading `the`, single spaces.
    static func normalised(_ term: String) -> String {
        var t = term.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        t = t.split(separator: " ").joined(separator: " ")
        if t.hasPrefix("the ") { t.removeFirst(4) }
        return t
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}

extension EntityScore {
    /// Scores summed over files: pairs and slots pooled, not an average of ratios.
    public struct Total: Sendable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0, termHits = 0, termSlots = 0

        public init() {}

        public mutating func add(_ s: EntityScore) {
            truePositives += s.truePositives; falsePositives += s.falsePositives; falseNegatives += s.falseNegatives
            termHits += s.termHits; termSlots += s.termSlots
        }

        public var precision: Double { termRatio(truePositives, truePositives + falsePositives) }
        public var recall: Double { termRatio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var termPrecision: Double { termRatio(termHits, termSlots) }
        private func termRatio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }
}
