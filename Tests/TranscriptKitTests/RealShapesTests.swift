import XCTest
@testable import TranscriptKit

/// The shapes real transcripts come in (seen in ../shared/corpus, imitated here in our own
/// words): bare `Q` labels, labels alone on their line, time stamps as lines, part breaks,
/// page furniture, titled first uses, YAML, hearings, escapes.
final class RealShapesTests: XCTestCase {
    private func kinds(_ d: Document) -> [String] {
        d.blocks.map { "\($0.kind.rawValue) \(d.speakerName(of: $0) ?? "-"): \($0.text)" }
    }

    func testABareQWithNoBreakSpacesOrOneSpaceAsksTheOfficial() {
        let nbsp = "\u{00A0}"
        let text = """
        MS. SMITH:  Good afternoon. I have two announcements before your questions, both about the \
        ferry service, which resumes on Monday after the storm damage has been repaired in full.

        Q\(nbsp) \(nbsp) Thank you, Jane. When does the northern route open again this winter?

        MS. SMITH:  The northern route opens on the first of March, once the new pier is inspected.

        Q Will the fares change for residents of the islands at all?

        MS. SMITH:  No. Residents keep the same fares until the end of next year, as agreed.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertEqual(d.exchanges.map { d.participants[$0.questionSpeaker!].name }, ["Q", "Q"])
        XCTAssertEqual(d.exchanges.map { d.participants[$0.answerSpeaker!].name }, ["MS. SMITH", "MS. SMITH"])
        XCTAssertEqual(d.blocks[1].text, "Thank you, Jane. When does the northern route open again this winter?")
        XCTAssertEqual(d.participants.first { $0.name == "MS. SMITH" }?.role, .interviewee)
    }

    func testALoneAIsNotALabelButAQuestionIs() {
        let d = TranscriptParser.parse("A lot of people came.\n\nA few stayed behind.\n")
        XCTAssertTrue(d.blocks.allSatisfy { $0.speaker == nil })
        XCTAssertEqual(d.blocks.first?.text, "A lot of people came.")
    }

    func testALabelAloneOnItsLineOwnsTheTextBelowIt() {
        let text = """
        # A conversation

        ### Ana Ruiz:
        Why did you leave the lab after ten years there?

        ### Bo Li：
        Because the work had moved on and I wanted to teach instead.

        ### Bo Li：
        Teaching was what I had always meant to do anyway, to be honest.

        ### Ana Ruiz:
        And do you miss it at all?

        ### Bo Li：
        Not for a single day, though I miss the people I worked with.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertFalse(d.blocks.contains { $0.text.isEmpty }, kinds(d).joined(separator: "\n"))
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertEqual(d.exchanges.map(\.title), ["Why did you leave the lab after ten years there?", "Do you miss it at all?"])
        XCTAssertEqual(d.participants.map(\.name), ["Ana Ruiz", "Bo Li"])
    }

    func testStampsAloneOnALineTimeTheNextParagraphAndAreNotText() throws {
        let text = """
        Ana Ruiz (00:00:03):
        Welcome back. Today my guest is Bo Li, who ran the harbour for twenty years. Bo, why did the harbour close?
        Bo Li (00:00:41):
        It closed because the ships got too big for it, and nobody would pay to dredge it deeper.
        (00:01:59):
        The town fought for years to keep it open, but the money was never there.
        PART 1 OF 2 ENDS [00:20:04]
        Ana Ruiz (00:20:05):
        What happened to the people who worked there?
        Bo Li (00:20:11):
        Most of them moved inland to the warehouses, and a few went to sea on the bigger ships.
        END 3:48 P.M. EDT
        """
        let d = TranscriptParser.parse(text)
        XCTAssertFalse(d.blocks.contains { $0.text.hasPrefix("(00:") || $0.text.isEmpty }, kinds(d).joined(separator: "\n"))
        let continuation = try XCTUnwrap(d.blocks.first { $0.text.hasPrefix("The town fought") }, kinds(d).joined(separator: "\n"))
        XCTAssertEqual(continuation.time, "00:01:59")
        XCTAssertEqual(d.speakerName(of: continuation), "Bo Li")
        for marker in ["PART 1 OF 2 ENDS", "END 3:48"] {
            let block = d.blocks.first { $0.text.hasPrefix(marker) }
            XCTAssertEqual(block.map { $0.kind.isSpeech }, false, marker)
        }
        XCTAssertEqual(d.exchanges.count, 2)
    }

    func testPageFurnitureAfterTheLastTurnIsBackMatter() {
        let text = """
        **Ana Ruiz:** Why did the harbour close after so many years of trade?

        **Bo Li:** Because the ships got too big for it, and nobody would pay to dredge it.

        **Ana Ruiz:** And then?

        **Bo Li:** Because the ships got too big for it, and nobody would pay to dredge it deeper.

        ### Publication status

        Published in sections: [News](http://example.org/news)

        Direct link: [example.org/d/1](http://example.org/d/1)

        Message preview

        Send

        Last updated at June 5, 2018, 12:41
        """
        let d = TranscriptParser.parse(text)
        let last = d.blocks.lastIndex { $0.text.hasPrefix("Because the ships") }!
        XCTAssertTrue(d.blocks[(last + 1)...].allSatisfy { $0.kind == .back }, kinds(d).joined(separator: "\n"))
        XCTAssertEqual(d.exchanges.last?.blocks.upperBound, last + 1)
    }

    func testATitledFirstUseIsTheNameItEndsWith() {
        let text = """
        **Harbour Authority chief executive and former pilot Bo Li:** Thank you for coming to the harbour.

        **Ana Ruiz:** Why did it close after so many years of trade?

        **Bo Li:** Because the ships got too big for it, and nobody would pay to dredge it.

        **Ana Ruiz:** Will it open again?

        **Bo Li:** Not in my lifetime, I am afraid, though the town still hopes.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.participants.map(\.name).sorted(), ["Ana Ruiz", "Bo Li"])
        XCTAssertEqual(d.blocks[0].text, "Thank you for coming to the harbour.")
        XCTAssertEqual(d.speakerName(of: d.blocks[0]), "Bo Li")
    }

    func testATranscriptKeptAsYAMLAndFrontMatter() {
        let yaml = """
        title: "Harbour\\_Stories: Bo Li"
        date: January 24, 2023
        episode: 12
        transcript:
          - speaker: Ana Ruiz
            text: |
              Why did the harbour close after so many years of trade?
          - speaker: Bo Li
            text: |
              Because the ships got too big for it, and nobody would pay
              to dredge it deeper.
          - speaker: Ana Ruiz
            text: |
              What happened to the people who worked there?
          - speaker: Bo Li
            text: |
              Most of them moved inland to the warehouses in the end.
        """
        let d = TranscriptParser.parse(yaml)
        XCTAssertEqual(d.title, "Harbour Stories: Bo Li")
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertFalse(d.blocks.contains { $0.text.contains("text: |") || $0.text.contains("episode:") }, kinds(d).joined(separator: "\n"))
        let markdown = "---\ntitle: \"A Talk\"\ndate: '2021-09-15'\n---\n\n**Ana Ruiz:** Why?\n\n**Bo Li:** Because.\n"
        XCTAssertEqual(TranscriptParser.parse(markdown).title, "A Talk")
    }

    func testEntitiesAndEscapesAreDecodedButNoControlCharacterIsMade() {
        let d = TranscriptParser.parse("Ana Ruiz: You&#39;re sure? \\[laughs\\] &quot;Yes&quot; &amp; no &#27;[31m.\n\nBo Li: I&rsquo;m sure.\n\nAna Ruiz: Why?\n\nBo Li: I looked.\n")
        XCTAssertEqual(d.blocks[0].text, "You're sure? [laughs] \"Yes\" & no &#27;[31m.")
        XCTAssertEqual(d.blocks[1].text, "I\u{2019}m sure.")
    }

    /// Markdown emphasis and code inside the words are read as the page shows them (links stay
    /// as written: a list of them is a page's navigation); arithmetic, names
    /// and a lone mark keep theirs, and a text file is left as written.
    func testMarkdownEmphasisAndCodeInsideTheWords() {
        let text = """
        **Ann:** Have you read *The Long Walk*?

        **Ben:** I *loved* it, **really**. See [the review](https://example.org/r) or `code`.

        **Ann:** And 2*3*4 is 24, snake_case stays, a * lone star and an_under score too.

        **Ben:** _Yes_ and __no__ and ***both***.

        **Q: Is it still in print?**

        """
        let d = TranscriptParser.parse(text, name: "talk.md")
        XCTAssertEqual(d.blocks.map(\.text), ["Have you read The Long Walk?", "I loved it, really. See [the review](https://example.org/r) or code.",
                                             "And 2*3*4 is 24, snake_case stays, a * lone star and an_under score too.",
                                             "Yes and no and both.", "Is it still in print?"])
        XCTAssertEqual(TranscriptParser.parse("Ann: I *loved* it.\n\nBen: Good.\n\nAnn: Why?\n\nBen: Because.\n", name: "talk.txt").blocks.first?.text, "I *loved* it.")
    }

    func testInterjectionsClarificationsAndBrokenOffTurnsAreNotNewExchanges() {
        let text = """
        Ana Ruiz: Why did the harbour close after so many years of trade on this coast?

        Bo Li: Sorry, which harbour?

        Ana Ruiz: The old one, by the lighthouse.

        Bo Li: Ah. It closed because the ships got too big for it, and nobody would pay to dredge it deeper.

        Ana Ruiz: Right.

        Bo Li: And then the railway came, which finished what the ships had started.

        Ana Ruiz: Really?

        Bo Li: Yes, within ten years the last of the traders had moved their business inland.

        Ana Ruiz: So the town —

        Bo Li: Shrank, yes, to half its size.

        Ana Ruiz: — shrank. And what would you do with the harbour now, if it were up to you?

        Bo Li: I would turn it into a marina and a school for boat builders, which the town needs.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 2, kinds(d).joined(separator: "\n"))
        XCTAssertEqual(d.exchanges.map { $0.title.prefix(24) }, ["Why did the harbour clos", "What would you do with t"])
    }

    func testAShoutOrAGreetingOpensNoExchange() {
        let text = """
        THE PRESIDENT: We will secure the border and we will do it together, as a nation united.

        AUDIENCE MEMBER: Liar!

        THE PRESIDENT: And we will fund the agencies that do that work, every one of them, in full.
        """
        XCTAssertEqual(TranscriptParser.parse(text).exchanges.count, 0)
    }

    func testAQuestionPassedOverForAnotherReporterIsNoExchangeButAnIndirectOneIs() {
        let text = """
        MS. REYES:  Good afternoon, everyone. Let me start with the weather service, which has warned \
        of flooding along the river valley from Thursday night into the weekend.

        Q    Is the governor going to declare an emergency before the rain starts?

        MS. REYES:  Dana.  Dana.  Go ahead, Dana.

        Q    Thank you. How many shelters will open in the valley, and who will run them?

        MS. REYES:  Twelve shelters open tomorrow morning, run by the county with volunteers from \
        the churches and the schools, and more can open within a day if the river keeps rising.

        Q    We just want to know if the schools stay open on Friday.

        MS. REYES:  They close on Friday and reopen on Monday unless the county says otherwise.

        Q    Does the President view the county's response as enough?

        MS. REYES:  No, not at all. He wants more pumps.

        Go ahead.

        Q    Thanks. When do the pumps arrive, and from where?

        MS. REYES:  The first pumps arrive on Wednesday from the state depot in the north.
        """
        let d = TranscriptParser.parse(utf8: Array(text.utf8), name: "t", explain: true)
        XCTAssertEqual(d.exchanges.map { $0.title.prefix(24) },
                       ["How many shelters will o", "We just want to know if ", "Does the President view ",
                        "When do the pumps arrive"], kinds(d).joined(separator: "\n"))
        XCTAssertTrue(d.explanation.contains { $0.contains("gives someone else the floor") })
    }

    func testAQuestionDeflectedThenAnotherReporterQuipsAndAsks() {
        // The guest answers a shouted question only with questions back, a reporter jokes, is
        // greeted, and asks their own: the first question was passed over.
        let text = """
        MS. REYES:  Good afternoon. We have the crew of the rescue boat with us today, and they \
        have agreed to take a couple of questions before the briefing proper begins.

        Q    So are you going to break the record again this year?

        MR. HALE:  Whoa, whoa. The record? Which record? Wait. Yes, ma'am. Hello.

        MS. PARK:  Kate Park. (Laughter.) Local paper, believe it or not. (Laughter.)

        MR. HALE:  Yes, Kate. Good to see you.

        MS. PARK:  How many people did the crew bring home from the water this summer?

        MR. HALE:  Forty-one, which is more than any summer since the station opened, and every \
        one of them went home to their family the same night.

        Q    What was the hardest rescue of the season?

        MR. HALE:  The trawler in August, in the fog, with the engine gone and the tide running \
        against us the whole way in to the harbour.
        """
        let d = TranscriptParser.parse(utf8: Array(text.utf8), name: "t", explain: true)
        XCTAssertEqual(d.exchanges.map { String($0.title.prefix(24)) }, ["How many people did the ", "What was the hardest res"],
                       d.explanation.joined(separator: "\n"))
    }

    func testABoldNameWithAMarkBeforeItsTimeAloneAboveTheWords() {
        let text = """
        **Nora Blake** | 00:01:37

        Where did you grow up, Marta?

        **Marta Okonkwo** | 00:02:24

        On Pier Street, above my uncle's bait shop, a stone's throw from the harbour wall.

        **Nora Blake** | 00:03:11

        And when did you get your own boat?

        **Marta Okonkwo** | 00:03:58

        In 1972, the Sea Lark, thirty-six feet and wooden, bought from a widow over five years.
        """
        // The same with a dash, a middle dot or a bullet for the bar, or the time in italics.
        for written in ["| 00:0", "- 00:0", "\u{2013} 00:0", "\u{2014} 00:0", "\u{B7} 00:0", "\u{2022} 00:0", "*00:0", "_00:0"] {
            let italic = written.hasPrefix("*") || written.hasPrefix("_")
            let restyled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.contains("| 00:0") ? line.replacingOccurrences(of: "| 00:0", with: written) + (italic ? String(written.prefix(1)) : "") : String(line)
            }.joined(separator: "\n")
            let d = TranscriptParser.parse(utf8: Array(restyled.utf8), name: "t")
            XCTAssertEqual(d.exchanges.map(\.title), ["Where did you grow up, Marta?", "When did you get your own boat?"], written)
            XCTAssertEqual(d.blocks.first?.time, "00:01:37", written)
            XCTAssertFalse(d.blocks.contains { $0.text.contains("00:0") }, written)
        }
    }

    func testARequestToRepeatDoesNotTitleTheExchange() {
        let text = """
        Nora Blake  0:03
        Where did you grow up, Marta?

        Marta Okonkwo  0:08
        Right on Pier Street, above my uncle's bait shop, a stone's throw from the harbour wall.

        Unknown Speaker  0:20
        Sorry, can you say that again?

        Nora Blake  0:22
        What was the harbour like in those years, when the canneries still ran?

        Marta Okonkwo  0:27
        Busy. Sixty or seventy boats, and the canneries ran two shifts through the summer.
        """
        let d = TranscriptParser.parse(utf8: Array(text.utf8), name: "t")
        XCTAssertEqual(d.exchanges.map(\.title), ["Where did you grow up, Marta?",
                                                  "What was the harbour like in those years, when the…"])
    }

    func testBoldWithinLinesMakesMarkdown() {
        let text = """
        # Tidewater, episode 88

        00:00:03 **Nora Blake:** Welcome back. Where did you grow up, Marta?

        00:00:50 **Marta Okonkwo:** On Pier Street, above my uncle's bait shop by the harbor.
        """
        let d = TranscriptParser.parse(utf8: Array(text.utf8), name: "t")
        XCTAssertEqual(d.source.format, .markdown)
        XCTAssertEqual(d.title, "Tidewater, episode 88")
    }

    func testHearingAndOtterLabels() {
        let hearing = """
            Senator Warren. Thank you. Why did the bank fail, Mr. Powell?

            Mr. Powell. Because it grew too fast and nobody looked at its bonds closely enough.

            Senator Warren. And who was watching it?

            Mr. Powell. The regional reserve bank was, and it did not act in time.
        """
        let h = TranscriptParser.parse(hearing)
        XCTAssertEqual(h.participants.map(\.name), ["Senator Warren", "Mr. Powell"])
        XCTAssertEqual(h.exchanges.count, 2)
        let otter = "Ana Ruiz  0:03\nWhy did the harbour close?\n\nBo Li  0:09\nThe ships got too big for it.\n\nAna Ruiz  0:15\nAnd then?\n\nBo Li  0:20\nThe railway came.\n"
        let o = TranscriptParser.parse(otter)
        XCTAssertEqual(o.blocks.map(\.text), ["Why did the harbour close?", "The ships got too big for it.", "And then?", "The railway came."])
        XCTAssertEqual(o.blocks.map(\.time), ["0:03", "0:09", "0:15", "0:20"])
    }

    func testACourtReportersNumberedLinesAreNotText() {
        var lines: [String] = []
        let speech = ["SENATOR HALE:  Will the sponsor yield for a question about the bill?",
                      "SENATOR MOORE:  I will yield, Mr. President, gladly.",
                      "SENATOR HALE:  Does the bill apply to the ferries that cross the river each day?",
                      "SENATOR MOORE:  It does, Senator, and to the bridges as well, from January."]
        var number = 1
        for turn in speech + speech + speech {
            lines.append(String(format: "%8d               %@", number, turn))
            lines.append("")
            number += 1
            lines.append(String(format: "%8d        %@", number, "and that is the end of the turn as spoken."))
            lines.append("")
            number += 1
        }
        lines.append("                                                              1507")
        let d = TranscriptParser.parse(lines.joined(separator: "\n"))
        XCTAssertEqual(d.participants.map(\.name), ["SENATOR HALE", "SENATOR MOORE"])
        XCTAssertFalse(d.blocks.contains { $0.text.first?.isNumber == true }, kinds(d).joined(separator: "\n"))
        XCTAssertEqual(d.blocks.count, 12, kinds(d).joined(separator: "\n"))
        XCTAssertEqual(d.blocks[1].text, "I will yield, Mr. President, gladly. and that is the end of the turn as spoken.")
    }

    func testOverridesDecideRolesAndWhatIsNotALabel() throws {
        var overrides = SpeakerOverrides()
        try overrides.add("Bo Li=interviewer")
        try overrides.add("Ana Ruiz = interviewee")
        try overrides.add("Note=none")
        let text = "Bo Li: Why?\n\nAna Ruiz: Because of the ships, and the railway after them.\n\nNote: recorded in 2020.\n\nNote: edited for length.\n"
        let d = TranscriptParser.parse(utf8: Array(text.utf8), name: "t", overrides: overrides)
        XCTAssertEqual(d.participants.map(\.role), [.interviewer, .interviewee])
        XCTAssertTrue(d.blocks.contains { $0.text.hasPrefix("Note: recorded") })
        var bad = SpeakerOverrides()
        XCTAssertThrowsError(try bad.add(file: "# roles\nQ = interviewer\nMR. KIRBY = spokesman\n", name: "x.speakers")) { error in
            XCTAssertTrue("\(error)".contains("x.speakers:3"), "\(error)")
        }
    }

    func testExplainSaysWhyLabelsAndExchanges() {
        let text = "Ana Ruiz: Why did it close?\n\nBo Li: Because the ships got too big for it to take them.\n\nAna Ruiz: And then?\n\nBo Li: The railway came.\n\nHarbour Master: a one-off.\n"
        let d = TranscriptParser.parse(utf8: Array(text.utf8), name: "t", explain: true)
        XCTAssertTrue(d.explanation.contains { $0.hasPrefix("label Ana Ruiz: believed") }, "\(d.explanation)")
        XCTAssertTrue(d.explanation.contains { $0.contains("starts exchange 1") }, "\(d.explanation)")
        XCTAssertTrue(d.explanation.contains { $0.hasPrefix("label Harbour Master: rejected") }, "\(d.explanation)")
        XCTAssertTrue(TranscriptParser.parse(text).explanation.isEmpty, "nothing is written down unless asked")
    }

    func testNULsOnlyHereAndThereAreBinaryNotUTF16() {
        guard case .failure = TextDecoding.decode(Array("abc\0def\0".utf8)) else { return XCTFail("decoded as text") }
        let utf16 = Array("Host: Hello there?\nGuest: Yes.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard case .success(let decoded) = TextDecoding.decode(utf16) else { return XCTFail("UTF-16 refused") }
        XCTAssertTrue(String(decoding: decoded.utf8, as: UTF8.self).hasPrefix("Host: Hello"))
    }
}
