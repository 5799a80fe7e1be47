import XCTest
@testable import TranscriptKit

final class CountryTests: XCTestCase {
    let matcher = CountryMatcher()

    private func codes(_ text: String) -> [String] { matcher.mentions(in: text).map(\.code) }

    // MARK: - Precision rules, one test each

    func testAcronymsAreCaseSensitiveAndNotShouting() {
        XCTAssertEqual(codes("The US and the U.S. and the USA"), ["US", "US", "US"])
        XCTAssertEqual(codes("tell us about it"), [])
        XCTAssertEqual(codes("CONTACT US TODAY"), [])
        XCTAssertEqual(codes("The UK left"), ["GB"])
    }

    func testLongestMatchFirst() {
        XCTAssertEqual(codes("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea"), ["PG", "GQ", "GW", "GN"])
        XCTAssertEqual(codes("the Democratic Republic of the Congo and the Republic of the Congo"), ["CD", "CG"])
        XCTAssertEqual(codes("South Sudan is not Sudan"), ["SS", "SD"])
        XCTAssertEqual(codes("Niger is not Nigeria"), ["NE", "NG"])
    }

    func testBlockingPhrases() {
        XCTAssertEqual(codes("the Persian Gulf, the Warsaw Pact, Latin American states"), [])
        XCTAssertEqual(codes("Atlanta, Georgia"), [])
        XCTAssertEqual(codes("New Mexico"), ["US"], "a US state, not Mexico")
        XCTAssertEqual(codes("within the Astana format"), [])
    }

    func testStopListedPlaceNamesAreNotMatched() {
        XCTAssertEqual(codes("Nice work, Victoria. Reading is Mobile."), [])
    }

    func testCityCountryDecidesAnAmbiguousCity() {
        XCTAssertEqual(codes("They met in Paris, Texas"), ["US"])
        XCTAssertEqual(codes("They met in Paris"), ["FR"])
        // Tripoli starts no longer entry (Paris does: the Paris Agreement): a name matched from
        // its word alone, tokenized further only when a comma may follow.
        XCTAssertEqual(codes("They met in Tripoli, Lebanon"), ["LB"])
        XCTAssertEqual(codes("They met in Tripoli \t,  Lebanon"), ["LB"])
        XCTAssertEqual(codes("They met in Tripoli\u{A0}, Lebanon"), ["LB"])
        XCTAssertEqual(codes("They met in Tripoli. Lebanon"), ["LY", "LB"])
        XCTAssertEqual(codes("They met in Tripoli, Libya"), ["LY", "LY"])
    }

    func testPossessivesCurlyApostrophesAndHyphenatedPairs() {
        XCTAssertEqual(codes("Libya’s neighbours and Syria's allies"), ["LY", "SY"])
        XCTAssertEqual(codes("the Russian-Turkish agreements and the Russia-Africa summit"), ["RU", "TR", "RU"])
        XCTAssertEqual(codes("Côte d'Ivoire, Cote d’Ivoire, Ivory Coast"), ["CI", "CI", "CI"])
    }

    func testAliasesDemonymsAndPlaces() {
        XCTAssertEqual(codes("Burma, Myanmar, Türkiye, Turkey, Czechia, the Czech Republic"), ["MM", "MM", "TR", "TR", "CZ", "CZ"])
        XCTAssertEqual(codes("Tobruk, Tripolitania and Cyrenaica; Idlib and Damascus; Crimea; Alaska"),
                       ["LY", "LY", "LY", "SY", "SY", "UA", "US"])
        XCTAssertEqual(codes("the Soviet Union, the USSR, Kosovo"), ["SU", "SU", "XK"])
        XCTAssertEqual(codes("turkey for dinner on china plates"), [], "lower-case words are not names")
    }

    func testPeopleAndOrganisationsAreNotCountries() {
        XCTAssertEqual(codes("Putin met NATO and the EU"), [])
    }

    func testMentionRangesPointAtTheirWords() {
        let text = "Talks in Tripoli, then Libya’s future."
        let scalars = Array(text.unicodeScalars)
        let words = matcher.mentions(in: text).map { m -> String in
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[m.range])
            return String(s)
        }
        XCTAssertEqual(words, ["Tripoli", "Libya"])
    }

    func testOnlyWordStartsBeginNamesWhereverTheTextIsSkimmedFast() {
        // The matcher passes over lower-case text eight bytes at a time: a capital inside a word
        // at any offset from such a run, or after a non-ASCII letter, starts no name.
        for pad in 0..<17 {
            let run = String(repeating: "a", count: pad)
            XCTAssertEqual(codes("x\(run)France x\(run)éFrance \(run)9France"), [], "after \(pad) letters")
            XCTAssertEqual(codes("\(run) France"), ["FR"], "after \(pad) letters and a space")
            XCTAssertEqual(codes("\(run) CONTACT US"), [], "shouting after \(pad) letters")
            XCTAssertEqual(codes("\(run) US"), ["US"], "an acronym after \(pad) letters")
        }
        XCTAssertEqual(codes("abcdefgh ABCDEFGH US"), [], "the word before is in capitals")
        XCTAssertEqual(codes("ABCDEFGH abcdefgh US"), ["US"], "the word before is not")
    }

    func testSkimmingFindsTheWordsThatTokenizingFinds() {
        // The skim reads words eight bytes at a time and the tokenizer byte by byte: on any
        // text, the words a name can start with, their shapes and hashes must be the same.
        let pieces = ["a", "z", "word", "abcdefgh", "A", "Z", "Word", "WORDS", "ABCDEFGHIJ", "0", "9", " ", " ", "  ", ".", ",",
                      "-", "'", "’", "é", "É", "ß", "\u{301}", "日", "\t", "\n", "[", "]", "\u{A0}", "!"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
        for round in 0..<4000 {
            let text = (0..<next(50)).map { _ in pieces[next(pieces.count)] }.joined()
            let caseless = round % 4 == 0
            let all = Tokens(text)
            var expected: [[Int]] = [], previous = false
            for token in all.list where token.isWord {
                if token.isCapitalised || caseless {
                    expected.append([token.start, token.end, token.scalarStart, token.scalarEnd, token.isAllCaps ? 1 : 0, previous ? 1 : 0])
                }
                previous = token.isAllCaps
            }
            var skimmed = Tokens(), position = Tokens.Position(), found: [[Int]] = []
            skimmed.load(text)
            previous = false
            while let word = skimmed.skim(from: &position, caseless: caseless, previousIsAllCaps: &previous) {
                found.append([word.start, word.end, word.scalarStart, word.scalarEnd, word.isAllCaps ? 1 : 0, previous ? 1 : 0])
                if let hash = word.foldedHash { XCTAssertEqual(hash, all.hash(from: word.start, to: word.end, exact: false), text) }
                previous = word.isAllCaps
            }
            XCTAssertEqual(found, expected, "\(text.debugDescription), caseless: \(caseless)")
        }
    }

    func testGeneralPunctuationHoldsNoLetter() {
        // `classify` answers for the block without Unicode's tables: they must agree.
        for value in UInt32(0x2000)...0x206F {
            XCTAssertEqual(Tokens.classifyByProperties(value).isLetter, false, String(value, radix: 16))
            XCTAssertEqual(Tokens.classifyByProperties(value).isUpper, false, String(value, radix: 16))
        }
        XCTAssertEqual(Tokens.classify(0x2019).isLetter, false)
        XCTAssertEqual(Tokens.classify(0x2071).isLetter, true, "superscript i, just past the block")
    }

    func testEightByteTestAgreesWithTheByteByByteOne() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x20, 0x60, 0x61, 0x7A, 0x7B, 0x41, 0x5A, 0x40, 0x1F, 0x21, 0x7F, 0x80, 0xC3, 0xFF, 0x00]
        for round in 0..<20_000 {
            let bytes = (0..<8).map { _ in round % 2 == 0 ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0x5E...0x7C, using: &generator) }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let expected = bytes.allSatisfy { $0 == 0x20 || (0x61...0x7A).contains($0) }
            XCTAssertEqual(Tokens.lowerCaseAndStops(word).stops == 0, expected, "\(bytes)")
            let (letters, stops) = Tokens.lowerCaseAndStops(word)
            for (k, byte) in bytes.enumerated() {
                let isLetter = (0x61...0x7A).contains(byte)
                XCTAssertEqual(letters >> (8 * UInt64(k) + 7) & 1 == 1, isLetter, "letter? byte \(k) of \(bytes)")
                XCTAssertEqual(stops >> (8 * UInt64(k) + 7) & 1 == 1, !isLetter && byte != 0x20, "stop? byte \(k) of \(bytes)")
            }
            XCTAssertEqual((letters | stops) & ~0x8080_8080_8080_8080, 0, "only high bits")
        }
    }

    // MARK: - Labelled fixtures

    /// Precision and recall over (paragraph, country) pairs against hand labels.
    private func score(_ document: Document, labels name: String) throws -> (precision: Double, recall: Double) {
        let text = try Fixture.text(name)
        var gold = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            for code in parts.count > 1 ? parts[1].split(separator: ",") : [] { gold.insert("\(parts[0]):\(code)") }
        }
        let index = MentionIndex(document: document)
        var found = Set<String>()
        for (i, block) in document.blocks.enumerated() {
            for code in index.codes(inBlock: i) { found.insert("\(block.lines.lowerBound):\(code)") }
        }
        let hits = Double(gold.intersection(found).count)
        let precision = found.isEmpty ? 1 : hits / Double(found.count)
        let recall = gold.isEmpty ? 1 : hits / Double(gold.count)
        print("\(name): precision \(precision), recall \(recall); missed \(gold.subtracting(found).sorted()), extra \(found.subtracting(gold).sorted())")
        return (precision, recall)
    }

    func testEmbeddedInterviewMeetsTheQualityBar() throws {
        let (p, r) = try score(Document.embeddedInterview(), labels: "lavrov.countries.tsv")
        XCTAssertGreaterThanOrEqual(p, 0.97)
        XCTAssertGreaterThanOrEqual(r, 0.97)
    }

    func testTrapFixtureMeetsTheQualityBar() throws {
        let (p, r) = try score(try Fixture.document("country-traps.txt"), labels: "country-traps.countries.tsv")
        XCTAssertGreaterThanOrEqual(p, 0.97)
        XCTAssertGreaterThanOrEqual(r, 0.97)
    }

    func testEachBlocksMentionsAreWhatTheMatcherFindsInItAlone() {
        // The index keeps every block's mentions packed in one array: block boundaries, blocks
        // with none, and codes by number must come back as the matcher reports them.
        let d = TranscriptParser.parse("""
            Host: What of Libya and Syria?

            Guest: Nothing to add.

            Host: And Tripoli, Libya? And Moscow?

            Guest: Ask Paris, France. Then Damascus.

            """)
        let index = MentionIndex(document: d)
        XCTAssertEqual(index.mentions.count, d.blocks.count)
        for (i, block) in d.blocks.enumerated() {
            XCTAssertEqual(index.mentions[i], matcher.mentions(in: block.text), "block \(i)")
        }
        XCTAssertEqual(index.mentions.map(\.count), [2, 0, 3, 3])
        XCTAssertEqual(index.entity("LY")?.blocks, [0, 2])
        XCTAssertEqual(index.entity("LY")?.mentions, 3)
        XCTAssertNil(index.entity("US"), "codes never mentioned are not entities")
    }

    func testLibyaAndSyriaPassages() {
        let d = Document.embeddedInterview()
        let index = MentionIndex(document: d)
        for (i, block) in d.blocks.enumerated() where block.exchange == 9 {
            if ["Libya", "Tripoli", "Tobruk"].contains(where: block.text.contains) {
                XCTAssertTrue(index.codes(inBlock: i).contains("LY"), "line \(block.lines.lowerBound)")
            }
        }
        for (i, block) in d.blocks.enumerated() where block.exchange == 7 {
            if ["Idlib", "Damascus"].contains(where: block.text.contains) {
                XCTAssertTrue(index.codes(inBlock: i).contains("SY"), "line \(block.lines.lowerBound)")
            }
        }
        XCTAssertEqual(index.entity("LY")?.exchanges, [9])
    }

    func testHasEntryAnswersFromTheMatchersOwnTable() {
        // The fuzzing checks hold every mention to an entry through this: it must say yes to
        // each spelling the gazetteer has, of that code and kind, and no to anything else.
        let g = Gazetteer.standard
        XCTAssertTrue(g.hasEntry("LY", kind: .name, spelled: "Libya"))
        XCTAssertTrue(g.hasEntry("LY", kind: .name, spelled: "LIBYA"), "names are compared folded")
        XCTAssertTrue(g.hasEntry("LY", kind: .place, spelled: "Tripoli"))
        XCTAssertFalse(g.hasEntry("LY", kind: .name, spelled: "Tripoli"), "a place, not a name")
        XCTAssertFalse(g.hasEntry("LB", kind: .place, spelled: "Tripolis"))
        XCTAssertTrue(g.hasEntry("US", kind: .acronym, spelled: "US"))
        XCTAssertFalse(g.hasEntry("US", kind: .acronym, spelled: "us"), "acronyms are compared as written")
        XCTAssertTrue(g.hasEntry("PG", kind: .name, spelled: "Papua New Guinea"))
        XCTAssertFalse(g.hasEntry("PG", kind: .name, spelled: "Papua New"))
        XCTAssertFalse(g.hasEntry("PG", kind: .name, spelled: "Papua New Guinea Guinea"))
        XCTAssertFalse(g.hasEntry("PG", kind: .name, spelled: ""))
    }

    func testGazetteerIsWellFormedAndCoversISO() throws {
        let g = Gazetteer.standard
        XCTAssertGreaterThan(g.entryCount, 1500)
        XCTAssertEqual(g.displayName("RU"), "Russia")
        XCTAssertEqual(g.displayName("XK"), "Kosovo")
        XCTAssertEqual(g.displayName("SU"), "Soviet Union")
        XCTAssertGreaterThanOrEqual(g.displayNames.count, 249)
        XCTAssertThrowsError(try Gazetteer(tsv: "XX\tname\n")) { XCTAssertEqual(($0 as? Gazetteer.Failure)?.line, 1) }
        XCTAssertThrowsError(try Gazetteer(tsv: "xx\tname\tFoo\n"))
    }
}
