import Foundation
import TranscriptKit

/// `colloquy corpus-report [CORPUS] [--gold DIR]`: every hand-written gold file against the
/// parse of its transcript, one line each and a total (see README, "Real transcripts").
enum CorpusReport {
    static let defaultCorpus = "../shared/corpus"
    static let defaultGold = "Tests/TranscriptKitTests/CorpusGold"

    static func run(_ arguments: Arguments) -> Int32 {
        let corpus = arguments.file ?? defaultCorpus
        let goldFolder = arguments.goldFolder ?? defaultGold
        guard FileManager.default.fileExists(atPath: corpus) else {
            Output.error("colloquy: corpus folder \(corpus) not found (it lives beside the clone, in ../shared/corpus)")
            return 1
        }
        let checks: [GoldCheck]
        do {
            checks = try GoldCorpus.check(goldFolder: goldFolder, corpusFolder: corpus)
        } catch {
            Output.error("colloquy: \(error.description)")
            return 1
        }
        var out = ""
        for check in checks {
            out += check.summary + "\n"
            guard arguments.verbose else { continue }
            if !check.firstQuestionFound { out += "    first question found: \(check.foundOpening)\n" }
            if !check.lastAnswerFound { out += "    last answer found: …\(check.foundClosing)\n" }
            for noise in check.leakedNoise { out += "    noise in speech: \(noise)\n" }
            for label in check.labelsLeft.prefix(5) { out += "    label left: \(label.prefix(60))\n" }
            for miss in check.roleMisses { out += "    role: \(miss)\n" }
        }
        let holding = checks.filter(\.holds).count
        let exchanges = checks.filter(\.exchangesRight).count
        let roles = checks.reduce(0) { $0 + $1.rolesRight }, rolesTotal = checks.reduce(0) { $0 + $1.rolesTotal }
        out += "total: \(holding)/\(checks.count) hold; exchanges right \(exchanges)/\(checks.count); "
            + "first question \(checks.filter(\.firstQuestionFound).count), last answer \(checks.filter(\.lastAnswerFound).count); "
            + "noise leaks \(checks.reduce(0) { $0 + $1.leakedNoise.count }); "
            + "empty blocks \(checks.reduce(0) { $0 + $1.emptyBlocks }); "
            + "labels left \(checks.reduce(0) { $0 + $1.labelsLeft.count }); roles \(roles)/\(rolesTotal)\n"
        Output.write(Printable.sanitized(out))
        return 0
    }
}
