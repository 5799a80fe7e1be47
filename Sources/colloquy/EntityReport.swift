import Foundation
import TranscriptKit

/// `colloquy entity-report [CORPUS] [--gold DIR] [-v]`: people and key terms of each transcript
/// with hand-labelled gold (the embedded interview among them) scored against it, one line each
/// and the totals (see README, "People and key terms").
enum EntityReport {
    static let defaultGold = "Tests/TranscriptKitTests/EntityGold"

    static func run(_ arguments: Arguments) -> Int32 {
        let corpus = arguments.file ?? CorpusReport.defaultCorpus
        let golds: [EntityGold]
        do {
            golds = try EntityGold.golds(in: arguments.goldFolder ?? defaultGold)
        } catch {
            Output.error("colloquy: \(error.description)")
            return 1
        }
        var scores: [EntityScore] = [], dump = ""
        for gold in golds {
            let document: Document
            if gold.file == EmbeddedInterview.name {
                document = Document.embeddedInterview()
            } else {
                do { document = try Document.load(path: corpus + "/" + gold.file) } catch {
                    Output.error("colloquy: \(error.description) (the corpus lives beside the clone, in ../shared/corpus)")
                    return 1
                }
            }
            let entities = EntityIndex(document: document)
            if arguments.candidates {
                dump += EntityScore.keyTermCandidates(document: document, entities: entities, gold: gold).map { $0 + "\n" }.joined()
                continue
            }
            scores.append(EntityScore(document: document, people: entities.people, keyTerms: entities.keyTerms, gold: gold))
        }
        if arguments.candidates {
            Output.write(dump)
            return 0
        }
        var out = ""
        for s in scores {
            var parts: [String] = []
            if s.scoresPeople {
                parts.append("people P \(f(s.precision)) R \(f(s.recall)) F1 \(f(s.f1)) "
                    + "(\(s.truePositives) right, \(s.falsePositives) wrong, \(s.falseNegatives) missed)")
            }
            if s.termSlots > 0 { parts.append("key terms P@4 \(f(s.termPrecision)) (\(s.termHits)/\(s.termSlots))") }
            out += "\(s.file): " + parts.joined(separator: "; ")
            out += "\n"
            guard arguments.verbose else { continue }
            for line in s.wrongPeople + s.missedPeople + s.wrongTerms { out += "    \(line)\n" }
        }
        var total = EntityScore.Total()
        for s in scores { total.add(s) }
        // (A gold folder of key terms only has no people figures to give.)
        let people = scores.contains(where: \.scoresPeople) ? "people P \(f(total.precision)) R \(f(total.recall)) F1 \(f(total.f1)); " : ""
        out += "overall: " + people + "key terms P@4 \(f(total.termPrecision)) (\(total.termHits)/\(total.termSlots))\n"
        Output.write(Printable.sanitized(out))
        return 0
    }

    private static func f(_ x: Double) -> String { String(format: "%.2f", x) }
}
