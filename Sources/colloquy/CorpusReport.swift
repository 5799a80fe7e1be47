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
        if arguments.restyle { return restyled(corpus: corpus, goldFolder: goldFolder, arguments: arguments) }
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

    /// `--restyle`: whether the exchanges found depend on how the labels were written.
    static func restyled(corpus: String, goldFolder: String, arguments: Arguments) -> Int32 {
        let checks: [RestyleCheck]
        do { checks = try GoldCorpus.restyleChecks(goldFolder: goldFolder, corpusFolder: corpus) } catch {
            Output.error("colloquy: \(error.description)")
            return 1
        }
        var out = ""
        for check in checks where arguments.verbose || !check.holds { out += check.summary + "\n" }
        if let keep = arguments.keepFolder {
            for check in checks {
                let path = keep + "/" + check.style.rawValue + "-" + check.file + (check.style == .html ? ".html" : check.style == .json ? ".json" : check.style == .table ? ".csv" : "")
                guard FileManager.default.createFile(atPath: path, contents: Data(check.text.utf8)) else {
                    Output.error("colloquy: cannot write \(path)")
                    return 1
                }
            }
        }
        for style in Restyle.allCases {
            let mine = checks.filter { $0.style == style }
            out += "\(style.rawValue): \(mine.filter(\.holds).count)/\(mine.count) the same\n"
        }
        out += "total: \(checks.filter(\.holds).count)/\(checks.count) the same\n"
        Output.write(Printable.sanitized(out))
        return 0
    }
}
