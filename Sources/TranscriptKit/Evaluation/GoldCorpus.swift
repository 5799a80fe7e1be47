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
        var checks: [GoldCheck] = []
        for gold in try golds(in: goldFolder) {
            let path = corpusFolder + "/" + gold.file
            do {
                checks.append(GoldCheck(document: try Document.load(path: path), gold: gold))
            } catch {
                throw Failure(description: error.description)
            }
        }
        return checks
    }

    /// Every transcript that holds its gold, written again in each `Restyle` and parsed again.
    public static func restyleChecks(goldFolder: String, corpusFolder: String) throws(Failure) -> [RestyleCheck] {
        var checks: [RestyleCheck] = []
        for gold in try golds(in: goldFolder) {
            let path = corpusFolder + "/" + gold.file
            let document: Document
            do { document = try Document.load(path: path) } catch { throw Failure(description: error.description) }
            guard GoldCheck(document: document, gold: gold).holds, !document.exchanges.isEmpty else { continue }
            checks += Restyle.allCases.compactMap { RestyleCheck(file: gold.file, document: document, style: $0) }
        }
        return checks
    }
}
