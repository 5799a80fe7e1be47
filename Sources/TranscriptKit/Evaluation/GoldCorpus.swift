import Foundation

/// The gold files of a folder checked against the transcripts they describe.
public enum GoldCorpus {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Gold files are `TRANSCRIPT-NAME.json`; each names its transcript in `file`.
    public static func golds(in folder: String) throws(Failure) -> [Gold] {
        var golds: [Gold] = []
        for (path, data) in try jsonFiles(in: folder) {
            do { golds.append(try Gold(json: data)) } catch {
                throw Failure(description: "\(path): \(error.description)")
            }
        }
        return golds
    }

    /// The `.json` files of a gold folder, by name, with their paths.
    static func jsonFiles(in folder: String) throws(Failure) -> [(path: String, data: Data)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw Failure(description: "\(folder): cannot list the gold folder")
        }
        return try names.sorted().filter { $0.hasSuffix(".json") }.map { name throws(Failure) in
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "\(path): cannot read") }
            return (path, data)
        }
    }

    public static func check(goldFolder: String, corpusFolder: String) throws(Failure) -> [GoldCheck] {
        try parsed(goldFolder: goldFolder, corpusFolder: corpusFolder).map { GoldCheck(document: $0.document, gold: $0.gold) }
    }

    /// Every transcript that holds its gold, written again in each `Restyle` and parsed again.
    public static func restyleChecks(goldFolder: String, corpusFolder: String) throws(Failure) -> [RestyleCheck] {
        try parsed(goldFolder: goldFolder, corpusFolder: corpusFolder).flatMap { gold, document -> [RestyleCheck] in
            guard GoldCheck(document: document, gold: gold).holds, !document.exchanges.isEmpty else { return [] }
            return Restyle.allCases.compactMap { RestyleCheck(file: gold.file, document: document, style: $0) }
        }
    }

    /// Each gold with the parse of its transcript.
    private static func parsed(goldFolder: String, corpusFolder: String) throws(Failure) -> [(gold: Gold, document: Document)] {
        var parsed: [(gold: Gold, document: Document)] = []
        for gold in try golds(in: goldFolder) {
            do {
                parsed.append((gold, try Document.load(path: corpusFolder + "/" + gold.file)))
            } catch {
                throw Failure(description: error.description)
            }
        }
        return parsed
    }
}
