import Foundation

extension EntityScore {
    /// Every candidate key term of each exchange the gold labels, with its features and the gold
    /// groups that accept it, one JSON object per exchange (`colloquy entity-report --candidates`,
    /// read by `Scripts/fit-key-terms`). Candidates come in the rules' order; words and phrases
    /// said once, which the rules never show, come last with no rank.
    public static func keyTermCandidates(document: Document, entities: EntityIndex, gold: EntityGold) -> [String] {
        let indexes = EntityKind.allCases.map(entities.index)
        let all = document.exchanges.count > 1 ? KeyTerms.candidates(document, entities: indexes) : []
        let byNumber = Dictionary(all.map { ($0.number, $0.candidates) }, uniquingKeysWith: { first, _ in first })
        let names = KeyTerms.Feature.allCases.map(\.rawValue)
        var lines: [String] = []
        for (line, groups) in gold.keyTerms {
            let number = block(containing: line, in: document).flatMap { document.blocks[$0].exchange }
            let candidates = byNumber[number ?? -1] ?? []
            let rows: [[String: Any]] = candidates.map { c in
                ["key": c.key, "shown": c.shown, "stems": c.stems.sorted(), "whole": c.whole, "rank": c.ruleRank ?? -1,
                 "groups": Self.groups(holding: c.shown, in: groups), "features": c.features]
            }
            let object: [String: Any] = ["file": gold.file, "line": line, "exchange": number ?? -1, "names": names, "candidates": rows]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                lines.append(String(decoding: data, as: UTF8.self))
            }
        }
        return lines
    }
}
