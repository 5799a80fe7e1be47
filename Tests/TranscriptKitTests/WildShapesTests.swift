import XCTest
@testable import TranscriptKit

/// Shapes of transcript the corpus does not draw on, written in our own words after how such
/// files are laid out: a congressional hearing as printed, an oral history converted from a
/// web page, a raw otter.ai export, a podcast with bold names and times, WebVTT voice tags.
final class WildShapesTests: XCTestCase {
    private func outline(_ d: Document) -> [String] { Fixture.outline(d) }
    private func role(_ d: Document, _ name: String) -> Participant.Role? { Fixture.role(d, name) }

    func testAHearingAsPrinted() throws {
        let d = try Fixture.document("wild-hearing.txt")
        XCTAssertEqual(outline(d), [
            "Why were those two sections not repaired before the spring? [Chairman Marsh → Ms. Lund]",
            "Ms. Lund, how many of the 2019 repairs are finished today? [Senator Okafor → Ms. Lund]",
            "Ms. Lund, do the farmers who lost their harvest have any… [Senator Dietz → Ms. Lund]",
        ])
        XCTAssertEqual(role(d, "Senator Okafor"), .interviewer)
        XCTAssertEqual(role(d, "Ms. Lund"), .interviewee)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("[The prepared statement") }?.kind, .caption)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("STATEMENT OF") }?.kind, .caption)
    }

    func testAHouseHearingAsPrintedWithFirstLineIndentsAndRecordAfterTheAdjournment() throws {
        // Members and witnesses alike are `Mr. Ortega.`; paragraphs are marked by indenting their
        // first line only; the title is printed again above a rule on the first page; questions
        // for the record follow the adjournment.
        let d = try Fixture.document("wild-house-hearing.txt")
        XCTAssertEqual(outline(d), [
            "Captain, how long do the permits take today? [Ms. Marsh → Captain Koval]",
            "What would a regular cycle cost your port each year? [Ms. Marsh → Captain Koval]",
            "Captain, if the fund is shared with small ports, what… [Mr. Ortega → Captain Koval]",
        ])
        XCTAssertEqual(role(d, "Mr. Ortega"), .interviewer)
        XCTAssertFalse(d.participants.contains { $0.name.hasPrefix("MODERNIZING") })
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("[Whereupon") }?.kind, .caption)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Question 1.") }?.kind, .back)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Without objection, so ordered.") }?.speaker,
                       d.blocks.first { $0.text.hasPrefix("The subcommittee will come to order") }?.speaker)
    }

    func testAnOralHistoryPageSlatedBeforeItsFirstQuestion() throws {
        // `Today is June 3rd, 2015. I'm Daniel Reese, and I'm here with…` — `Happy to.` — then
        // the first question: the slate and its reply open nothing.
        let d = try Fixture.document("wild-oral-history-page.md")
        XCTAssertEqual(d.exchanges.count, 8)
        XCTAssertEqual(d.exchanges.first.map { d.blocks[$0.blocks.lowerBound].text }, "Let's start at the beginning. Where did you grow up?")
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Today is June") }?.kind, .moderator)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("[END OF INTERVIEW]") }?.kind, .caption)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Okonkwo, Marta. Oral history") }?.kind, .back)
    }

    func testBoldNamesWithTimesLinkedToTheRecordingAndTimesInsideTheWords() throws {
        // `**Nora Blake** [(00:00:03)](https://…&t=3) Welcome…`, and `[02:40]` or a linked time
        // inside an answer: the label's time is its block's; the others are not words.
        let d = try Fixture.document("wild-linked-times.md")
        XCTAssertEqual(d.exchanges.map { $0.title }, ["Where did you grow up?", "What was the harbor like in those years?",
                                                      "When did you get your own boat?",
                                                      "What would you tell someone young who wants to fish today?"])
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Where did you grow up?") }?.time, "00:01:37")
        XCTAssertFalse(d.blocks.contains { $0.text.contains("youtube") || $0.text.contains("[02:40]") })
        XCTAssertTrue(d.blocks.contains { $0.text.contains("two shifts. You could hear them at night.") })
    }

    func testTimesInsideTheWordsAreTakenOutButVersesAndLeadingTimesStay() {
        func stripped(_ s: String) -> String {
            var bytes = Array(s.utf8)
            _ = InlineTimes.strip(&bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        XCTAssertEqual(stripped("ran two shifts. [02:40] You could"), "ran two shifts. You could")
        XCTAssertEqual(stripped("years. [(00:00:31)](https://example.org/v?t=31) She kept"), "years. She kept")
        XCTAssertEqual(stripped("the end [1:02:03]"), "the end")
        XCTAssertEqual(stripped("as in John (3:16) and"), "as in John (3:16) and")
        XCTAssertEqual(stripped("[00:12] opening"), "[00:12] opening")
        XCTAssertEqual(stripped("a score of [10:1] here"), "a score of [10:1] here")
        // Cut short anywhere, a time or its link stays as it was.
        for cut in ["x [(", "x [(00:0", "x [(00:01)", "x [(00:01)]", "x [(00:01)](", "x [(00:01)](http://a", "x [00:01](", "x (", "x (12:3"] {
            XCTAssertEqual(stripped(cut), cut)
        }
        XCTAssertEqual(stripped("x [00:01](http://a) y"), "x y")
        // In italics or bold, as a page sets them; the emphasis must close after the time.
        XCTAssertEqual(stripped("have you seen? *(01:30)*"), "have you seen?")
        XCTAssertEqual(stripped("we went. __[01:30]__ And then"), "we went. And then")
        XCTAssertEqual(stripped("a *(01:30) half"), "a *(01:30) half")
        for cut in ["x *", "x **", "x *(", "x *(01:30", "x *(01:30)", "x _[01:30]*"] {
            XCTAssertEqual(stripped(cut), cut)
        }
    }

    func testATalkWhoseHostRelaysQuestionsFromTheChat() throws {
        // `Tom wants to know what the biggest mistake was…`: asked without a question mark, between
        // two answers; the talk before the questions is none.
        let d = try Fixture.document("wild-talk-with-chat.txt")
        XCTAssertEqual(outline(d), [
            "We have one from the chat first, from Priya, who asks: who… [HOST → DR. LIND]",
            "Is it realistic to bring the big boats back? [AUDIENCE MEMBER → DR. LIND]",
            "Tom wants to know what the biggest mistake was in the… [HOST → DR. LIND]",
        ])
    }

    func testAnInterviewPageWithAdsBetweenItsQuestionsAndTheWritersNoteAfter() throws {
        let d = try Fixture.document("wild-page-with-ads.txt")
        XCTAssertEqual(d.exchanges.count, 4)
        for furniture in ["ADVERTISEMENT", "Story continues below", "Sign up for our weekly", "Marta Okonkwo at the helm"] {
            XCTAssertNotEqual(d.blocks.first { $0.text.hasPrefix(furniture) }?.kind, .answer, furniture)
        }
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Ellen Park is a staff writer") }?.kind, .back)
    }

    func testAnOralArgumentCopiedFromItsPagesWithoutTheLayout() throws {
        // `3 CHIEF JUSTICE ROBERTS: We'll hear`: each line's number and one blank, counting up.
        let d = try Fixture.document("wild-oral-argument-copied.txt")
        XCTAssertEqual(outline(d), [
            "Ms. Morrow, what if the city showed that pilots living… [JUSTICE THOMAS → MS. MORROW]",
            "A response time is hard to enforce, isn't it? [JUSTICE KAGAN → MS. MORROW]",
            "Where in the record is the evidence that residence makes… [JUSTICE GORSUCH → MR. HADDAD]",
        ])
        XCTAssertTrue(d.blocks.contains { $0.text.hasPrefix("Then it could require a response time, Your Honor") })
        XCTAssertFalse(d.blocks.contains { $0.text.contains("9 MS. MORROW") || $0.text.hasPrefix("17 ") })
    }

    func testLinesOpeningWithNumbersThatDoNotCountUpAreProse() {
        var text = "Harbour log\n\n"
        for day in 0..<30 { text += "\((day * 7) % 40 + 2) ships came in on day \(day + 1), and the pilots took them up the channel.\n" }
        let d = TranscriptParser.parse(text)
        // Read as a margin, the numbers would be blanked out of the text.
        XCTAssertTrue(d.blocks.contains { $0.text.contains("2 ships came in on day 1,") })
        XCTAssertTrue(d.blocks.contains { $0.text.contains("9 ships came in on day 2,") })
    }

    func testStatementsPutToTheGuestInAnInterviewEditedForPrint() throws {
        let d = try Fixture.document("wild-print-statements.txt")
        XCTAssertEqual(outline(d), [
            "The sea rose faster last year than any model predicted. [DER SPIEGEL → Van der Berg]",
            "Who pays for that? [DER SPIEGEL → Van der Berg]",
            "Farmers in the north say the new rules take their land. [DER SPIEGEL → Van der Berg]",
            "You grew up on a farm yourself. [DER SPIEGEL → Van der Berg]",
        ])
        // Spoken, with a `Right.` between, the same statements are asides: no editor was there.
        let spoken = try Fixture.text("wild-print-statements.txt")
            .replacingOccurrences(of: "DER SPIEGEL: Who pays for that?", with: "DER SPIEGEL: Right.\n\nVan der Berg: Yes.\n\nDER SPIEGEL: Who pays for that?")
        XCTAssertEqual(outline(TranscriptParser.parse(spoken)).count, 2)
    }

    func testAHearingsOpeningStatementsAreNoExchange() throws {
        // The chair offers a member the floor (`would you like to make an opening statement?`),
        // then the witness (`you may proceed`): statements, not questions and answers.
        let d = try Fixture.document("wild-hearing-opening.txt")
        XCTAssertEqual(outline(d), [
            "Why did the dredging fall behind schedule in the spring? [Chairman Halvorsen → Ms. Vasquez]",
            "How much did the lease cost? [Chairman Halvorsen → Ms. Vasquez]",
            "Ms. Vasquez, is the north channel safe for larger ships… [Senator Okafor → Ms. Vasquez]",
            "When will that restriction be lifted? [Senator Okafor → Ms. Vasquez]",
        ])
    }

    func testAnOralHistoryWithATapeBreakAndABiographicalNote() throws {
        let d = try Fixture.document("wild-oral.txt")
        XCTAssertEqual(outline(d), [
            "Mr. Brandt, where were you born? [FORD → BRANDT]",
            "You remember the move? [FORD → BRANDT]",
            "What did your mother think of that? [FORD → BRANDT]",
            "We were talking about the mine. [FORD → BRANDT]",
        ])
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("[END OF TAPE") }?.kind, .caption)
        // The note after the last turn is the page's, not the narrator's last words.
        XCTAssertEqual(d.blocks.first { $0.text == "BIOGRAPHICAL NOTE" }?.kind, .back)
        XCTAssertEqual(d.blocks.last?.kind, .back)
    }

    func testARawOtterExport() throws {
        let d = try Fixture.document("wild-otter.txt")
        XCTAssertEqual(outline(d), [
            "Can you tell me a bit about how you got started with the… [Speaker 1 → Priya Nair]",
            "Who decides who gets a bed? [Speaker 1 → Priya Nair]",
            "What was the hardest year? [Speaker 1 → Priya Nair]",
        ])
        XCTAssertEqual(d.blocks.last?.kind, .back)
    }

    func testAPodcastWithBoldNamesAndTimes() throws {
        let d = try Fixture.document("wild-bold.md")
        XCTAssertEqual(outline(d), [
            "How did the bakery start? [Tom Reyes → Ada Quinn]",
            "What surprised you most about running a shop? [Tom Reyes → Ada Quinn]",
            "Would you do it again? [Tom Reyes → Ada Quinn]",
        ])
        XCTAssertFalse(d.blocks.contains { $0.text.contains("**") || $0.text.contains("[00:") })
    }

    func testWebVTTVoiceTags() throws {
        let d = try Fixture.document("wild-voice.vtt")
        XCTAssertEqual(outline(d), [
            "When did you start painting the harbour? [Maria Lopez → Jon Aske]",
            "Do you paint outside, then? [Maria Lopez → Jon Aske]",
            "What are you working on now? [Maria Lopez → Jon Aske]",
        ])
        XCTAssertFalse(d.blocks.contains { $0.text.contains("<v") || $0.text.contains("</v>") || $0.text.contains("-->") })
    }

    func testCaptionsForTheDeafNameAVoiceInBrackets() {
        let cues = [
            "[MUSIC]",
            "[RUTH] Welcome back. What brought you to the lighthouse?",
            "[TOMAS] My grandfather kept it for forty years, and I spent every summer on the rock.",
            "[RUTH] Did he ever let you light the lamp?",
            "[TOMAS] Once, in a storm, when his hands were too cold. I was twelve and the [Lindholm]",
            "Trust had just bought the island from the crown.",
            "(laughs) [RUTH] Was it frightening?",
            "[TOMAS] Terrifying. I still dream about the stairs.",
        ]
        let srt = cues.enumerated().map { n, text in
            "\(n + 1)\n00:00:\(String(format: "%02d", n * 4)),000 --> 00:00:\(String(format: "%02d", n * 4 + 4)),000\n\(text)\n"
        }.joined(separator: "\n")
        let d = TranscriptParser.parse(srt, name: "lighthouse.srt")
        XCTAssertEqual(outline(d), ["What brought you to the lighthouse? [RUTH → TOMAS]", "Did he ever let you light the lamp? [RUTH → TOMAS]",
                                    "Was it frightening? [RUTH → TOMAS]"])
        XCTAssertNil(d.participants.first { $0.name == "MUSIC" || $0.name == "Lindholm" })
        XCTAssertTrue(d.blocks.contains { $0.text.contains("[Lindholm] Trust") || $0.text.contains("the [Lindholm]") })
    }

    /// A public lecture, then questions from numbered and unidentified audience members; a
    /// short question from someone new is theirs, not an echo of the last.
    func testATalkWithAudienceQuestions() throws {
        let d = try Fixture.document("wild-talk.txt")
        XCTAssertEqual(outline(d), [
            "You mentioned the buried river. [AUDIENCE MEMBER 1 → DR. WAHL]",
            "Do you think the floods in the valley will get worse? [AUDIENCE MEMBER 2 → DR. WAHL]",
            "Who pays, then? [UNIDENTIFIED AUDIENCE MEMBER → DR. WAHL]",
        ])
        XCTAssertEqual(role(d, "MODERATOR"), .moderator)
        XCTAssertEqual(role(d, "UNIDENTIFIED AUDIENCE MEMBER"), .interviewer)
    }

    /// A Senate hearing as printed: headings over two lines (`STATEMENT OF HON. GREGORY HOLT,` /
    /// `U.S. SENATOR FROM …`), whose title's full stop is no label's, and statements before the
    /// questions.
    func testASenateHearingsHeadingsSetOverTwoLines() throws {
        let d = try Fixture.document("wild-senate-hearing.txt")
        XCTAssertEqual(outline(d), [
            "How far can the smoke travel and still harm people? [The Chairman → Dr. Salas]",
            "What should a family do on a smoky day? [The Chairman → Dr. Salas]",
            "Dr. Salas, are rural hospitals ready for this? [Senator Holt → Dr. Salas]",
        ])
        XCTAssertFalse(d.participants.contains { $0.name.uppercased().contains("STATEMENT") })
        XCTAssertEqual(d.title, "WILDFIRE SMOKE AND PUBLIC HEALTH")   // not the record's `S. Hrg. 117-402`
        for block in d.blocks where block.text.hasPrefix("STATEMENT OF") || block.text.hasPrefix("OPENING STATEMENT")
            || block.text.hasPrefix("Prepared Statement of") {
            XCTAssertFalse(block.kind.isSpeech, block.text)
        }
    }

    /// A House hearing as printed: its title (with a colon in it) on the cover and again above
    /// the sitting, a panel's heading over three lines, a chair who talks more than the
    /// witnesses and gives them the floor, and a second witness who answers once.
    func testAHouseHearingsChairTitleAndPanel() throws {
        let d = try Fixture.document("wild-house-hearing-panel.txt")
        XCTAssertEqual(outline(d), [
            "Colonel, how does the Corps decide which harbor is dredged… [Ms. Fielding → Colonel Reyes]",
            "So a harbor that loses tonnage because it is not dredged… [Ms. Fielding → Colonel Reyes]",
            "Ms. Moss, what would a steady budget change for you? [Ms. Fielding → Ms. Moss]",
            "Colonel, could the Corps share dredging equipment between… [Mr. Okafor → Colonel Reyes]",
            "How old? [Mr. Okafor → Colonel Reyes]",
        ])
        XCTAssertFalse(d.participants.contains { $0.name.hasPrefix("KEEPING") })
        let file = try Fixture.text("wild-house-hearing-panel.txt")
        let explained = TranscriptParser.parse(utf8: Array(file.utf8), name: "hearing.txt", explain: true).explanation
        XCTAssertTrue(explained.contains { $0.hasPrefix("label KEEPING SMALL HARBORS OPEN: rejected") && $0.contains("a colon in a title") })
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("TESTIMONY OF") }?.kind.isSpeech, false)
    }

    /// A talk, then questions from the floor under one `AUDIENCE` label: the host's call to the
    /// room is no question, each reporter-less voice asks its own, and a question asked out of
    /// the microphone's reach, which the speaker says again, is one too, titled as restated.
    func testATalksQuestionsFromTheFloor() throws {
        let d = try Fixture.document("wild-talk-audience.txt")
        XCTAssertEqual(d.exchanges.count, 3)
        XCTAssertEqual(d.exchanges.map { d.participants[$0.questionSpeaker ?? 0].name }, ["AUDIENCE", "AUDIENCE", "AUDIENCE"])
        XCTAssertTrue(d.exchanges[1].title.hasPrefix("So the question is whether the rock flour"), d.exchanges[1].title)
        let file = try Fixture.text("wild-talk-audience.txt")
        let explained = TranscriptParser.parse(utf8: Array(file.utf8), name: "talk.txt", explain: true).explanation
        XCTAssertTrue(explained.contains { $0.contains("AUDIENCE asks out of the microphone's reach, and the answer restates it") })
        XCTAssertTrue(explained.contains { $0.contains("the turn before it was a remark that asked nothing and drew no answer") })
        // A heckle no one restates asks nothing.
        let heckled = file.replacingOccurrences(of: "So the question is whether the rock flour is good or bad for the fjord. Mostly good.",
                                                with: "As I said, the rock flour is mostly good for the fjord.")
        XCTAssertEqual(TranscriptParser.parse(heckled).exchanges.count, 2)
    }

    /// A podcast's page: the credits set in italics after the last turn are the page's, not the
    /// guest's last words.
    func testAPodcastPagesCreditsInItalicsAfterTheLastTurn() throws {
        let d = try Fixture.document("wild-podcast-credits.md")
        XCTAssertEqual(outline(d).count, 4)
        XCTAssertEqual(d.blocks.last?.kind, .back)
        XCTAssertEqual(d.blocks.last(where: { $0.kind.isSpeech })?.text, "Thank you, Maya.")
    }

    /// An oral history's page: a catalogue's card of `**Field:** value` lines above the talk,
    /// and a footnote's text after it; neither is anyone's speech.
    func testAnOralHistoryPagesCardAndFootnote() throws {
        let d = try Fixture.document("wild-oral-history-card.md")
        XCTAssertEqual(outline(d), [
            "Could you tell me about your family, and how they came to… [DANIEL FREY → RUTH OKONKWO]",
            "What was the town like then? [DANIEL FREY → RUTH OKONKWO]",
            "When did that change? [DANIEL FREY → RUTH OKONKWO]",
            "Did you think of leaving? [DANIEL FREY → RUTH OKONKWO]",
        ])
        XCTAssertEqual(d.participants.map(\.name), ["DANIEL FREY", "RUTH OKONKWO"])
        XCTAssertEqual(d.blocks.first { $0.text.contains("Enugu is a city") }?.kind, .back)
    }

    /// Names alone above their words, and the interview's title printed again over every page:
    /// the title (a possessive in it) is no one speaking.
    func testATitleOverEveryPageAmongNamesAlone() throws {
        let d = try Fixture.document("wild-title-over-every-page.txt")
        XCTAssertEqual(d.title, "THE RIVER'S LONG RETURN")
        XCTAssertEqual(d.participants.map(\.name), ["INTERVIEWER", "JANE DOE"])
        XCTAssertEqual(outline(d).count, 4)
        XCTAssertTrue(LabelEvidence.readsAsAHeading("MODERNIZING THE NATION'S SMALL HARBORS"))
        XCTAssertFalse(LabelEvidence.readsAsAHeading("THE CHAIRMAN"))
        XCTAssertFalse(LabelEvidence.readsAsAHeading("SPEAKER A"))
    }

    /// A printed page's number between turns (`Page 5`, `- 12 -`) is no one's words.
    func testAPagesNumberBetweenTurnsIsNoOnesWords() {
        let d = TranscriptParser.parse("""
        Q: Did the report say the roof needed repair?

        A: It said some flashing was loose, yes.

        Page 5

        Q: What did you do about that?

        A: I asked for a contractor the same week.

        - 6 -

        Q: Did the contractor come?

        A: Not until December.
        """)
        XCTAssertEqual(d.exchanges.count, 3)
        for block in d.blocks where block.text == "Page 5" || block.text == "- 6 -" { XCTAssertFalse(block.kind.isSpeech, block.text) }
        XCTAssertTrue(FurnitureRules.isPageMark(Array("Page 5 of 12".utf8)))
        XCTAssertFalse(FurnitureRules.isPageMark(Array("Page five".utf8)))
        XCTAssertFalse(FurnitureRules.isPageMark(Array("Page 5 is missing".utf8)))
    }

    /// A deposition on numbered pages: `Q` and `A` set in one column, counsel's names deeper
    /// (`MS. VANCE:  Objection to form.`), and each page's `Page 5` between the lines.
    func testADepositionsCounselSetDeeperThanItsQuestionsAndAnswers() throws {
        let d = try Fixture.document("wild-deposition-numbered.txt")
        // (`Would you state your full name for the record?` is for the record, no exchange.)
        XCTAssertEqual(outline(d).count, 6)
        XCTAssertEqual(outline(d).first, "What is your job at Riverbend Storage? [Q → A]")
        XCTAssertEqual(d.blocks.first { $0.text == "Objection to form." }.flatMap { d.speakerName(of: $0) }, "MS. VANCE")
        XCTAssertFalse(d.blocks.contains { $0.kind.isSpeech && ($0.text.contains("MS. VANCE") || $0.text.contains("Page 5")) })
        XCTAssertEqual(d.title, "VIDEOTAPED DEPOSITION OF THOMAS WREN")   // not the page's `Page 1`
    }

    /// A host who thanks the guests and goes round for parting words closes the show: the
    /// replies are goodbyes, not answers. Asked without thanks, about last things, it is a question.
    func testAClosingRoundForPartingWordsIsNoExchange() {
        let show = { (ending: String) in
            TranscriptParser.parse("""
            Host: Welcome back. Today Sam and Lee are here to talk about old computers.

            Sam: Glad to be here.

            Host: Sam, what was the first machine you owned?

            Sam: A secondhand portable with an amber screen, which weighed as much as a suitcase.

            Host: Lee, did you ever use one of those?

            Lee: Only at my uncle's office, where it sat under a cover like a birdcage.

            Host: \(ending)

            Sam: Just that it is worth finding one and switching it on, if you ever can.

            Lee: Same from me. Thanks, everyone.
            """)
        }
        let round = show("Great stories. Thanks so much for joining us, both of you. Any parting words, Sam?")
        XCTAssertEqual(round.exchanges.count, 2)
        XCTAssertEqual(round.exchanges.last?.title, "Lee, did you ever use one of those?")
        let question = show("Great stories. The last chapter of the book is about the future: any final thoughts on it?")
        XCTAssertEqual(question.exchanges.count, 3)
    }

    /// A lecture, then a moderator reading the audience's cards: the welcome that introduces the
    /// speaker is no statement put to a guest, however long the talk after it.
    func testALecturesWelcomeIsNoQuestionAndTheCardsAre() throws {
        let d = try Fixture.document("wild-lecture-with-cards.txt")
        XCTAssertEqual(d.exchanges.count, 3)
        XCTAssertTrue(d.blocks[d.exchanges[0].blocks.lowerBound].text.contains("how do you measure the wind"))
        XCTAssertTrue(d.exchanges.last.map { d.blocks[$0.blocks].contains { $0.text.contains("rains diamonds") } } == true)
    }

    /// Two voices in one cue, on lines of their own or on one line: each voice's words are its
    /// own turn (the last voice named took the whole cue).
    func testVoicesSharingACue() throws {
        let file = try Fixture.text("wild-voices-sharing-a-cue.vtt")
        for text in [file, file.replacingOccurrences(of: "</v>\n<v ", with: "</v> <v ")] {
            let d = TranscriptParser.parse(text, name: "voices.vtt")
            XCTAssertEqual(outline(d), [
                "Ben, how did you learn to build boats? [Anna Berg → Ben Holm]",
                "Do you use plans? [Anna Berg → Ben Holm]",
                "What wood do you like best? [Anna Berg → Ben Holm]",
            ])
            XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Welcome") }.flatMap { d.speakerName(of: $0) }, "Anna Berg")
            XCTAssertEqual(d.blocks.first { $0.text == "Thanks, Anna." }.flatMap { d.speakerName(of: $0) }, "Ben Holm")
        }
        // An SRT caption's dialogue dashes before names (`- ANNA: …` over `- BEN: …`).
        let srt = """
        1
        00:00:01,000 --> 00:00:04,000
        - ANNA: Do you use plans?
        - BEN: Always. I don't have his eye.

        2
        00:00:04,500 --> 00:00:08,000
        ANNA: What wood do you like best?

        3
        00:00:08,500 --> 00:00:12,000
        BEN: Larch for the planks, oak for the frames.
        """
        let d = TranscriptParser.parse(srt, name: "dashes.srt")
        XCTAssertEqual(outline(d), ["Do you use plans? [ANNA → BEN]", "What wood do you like best? [ANNA → BEN]"])
        XCTAssertEqual(d.blocks.map(\.text).first, "Do you use plans?")
    }

    /// A raw otter.ai export: a mic check asked before the first question is no exchange, and the
    /// service's credit at the end is back matter.
    func testAnOtterExportsMicCheckIsNoExchange() throws {
        let d = try Fixture.document("wild-otter-raw.txt")
        XCTAssertEqual(d.exchanges.count, 4)
        XCTAssertTrue(d.exchanges.first?.title.hasPrefix("To start, can you tell me how you got into beekeeping") == true)
        XCTAssertEqual(d.blocks.last?.kind, .back)
    }

    /// A cue that opens with a word and a colon (`Sailors: the ones…`) after a cue stopped
    /// mid-sentence is the sentence going on, not a new voice; a voice already heard, or one
    /// after a pause, still cuts in.
    func testAWordAndAColonInsideACaptionedSentence() {
        func cue(_ n: Int, _ text: String) -> String {
            "\(n)\n00:00:\(String(format: "%02d", n * 3)),000 --> 00:00:\(String(format: "%02d", n * 3 + 3)),000\n\(text)\n"
        }
        let srt = [
            cue(1, "ANNA: Who is the book for?"), cue(2, "BEN: For anyone who builds, and for"),
            cue(3, "Sailors: the ones who mend their own boats."), cue(4, "ANNA: Which wood do you like best?"),
            cue(5, "BEN: Mostly. The oak ones, if you keep them dry and"), cue(6, "ANNA: Dry, then."),
        ].joined(separator: "\n")
        let d = TranscriptParser.parse(srt, name: "sailors.srt")
        XCTAssertEqual(outline(d), ["Who is the book for? [ANNA → BEN]", "Which wood do you like best? [ANNA → BEN]"])
        XCTAssertTrue(d.blocks.contains { $0.text == "For anyone who builds, and for Sailors: the ones who mend their own boats." })
        XCTAssertTrue(d.blocks.contains { $0.text == "Dry, then." && d.speakerName(of: $0) == "ANNA" })
    }

    func testAnOralHistoryDumpedByATextBrowserReadsWithoutItsLinkNumbers() throws {
        // `lynx -dump`: `[7]Number Six dock` in the words, the addresses listed under
        // `References` at the end; an `Interviewer: Name. Recorded at…` credit above; the
        // interviewer's slate (`This is Joan Pelkey, and it is…`) before the first question.
        let d = try Fixture.document("wild-oral-lynx.txt")
        XCTAssertEqual(d.title, "Lakeshore Labor History Project")
        XCTAssertEqual(outline(d), ["Arvid, how did you come to the docks? [PELKEY → LINDQVIST]",
                                    "What was the work itself like? [PELKEY → LINDQVIST]",
                                    "Were you part of the union from the start? [PELKEY → LINDQVIST]"])
        XCTAssertFalse(d.blocks.contains { $0.text.range(of: #"\[[0-9]+\][A-Za-z]"#, options: .regularExpression) != nil })
        XCTAssertTrue(d.blocks.contains { $0.text.contains("a foreman on the Number Six dock") })
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Interviewer: Joan Pelkey.") }?.kind, .front)
        XCTAssertEqual(d.participants.map(\.name), ["PELKEY", "LINDQVIST"])
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("1. https://") }?.kind, .back)
    }

    func testBracketedNumbersStayWithoutABrowsersListOfLinks() {
        // A footnote `[1]` and a time `[12]` are the text's own where no `References` list of
        // addresses ends the page.
        let d = TranscriptParser.parse("""
            Q: What did the report say?[1]Read it first.

            A: It said the dam was safe. [12]Nobody believed it.
            """)
        XCTAssertTrue(d.blocks.contains { $0.text.contains("say?[1]Read") })
        XCTAssertTrue(d.blocks.contains { $0.text.contains("[12]Nobody") })
    }

    func testATablesRowsWrittenWithoutTheTable() {
        // `00:00:15 | **Dana Whit** | Welcome…`: the bars between time, name and words are
        // neither name nor words.
        let d = TranscriptParser.parse("""
            00:00:15 | **Dana Whit** | Welcome back. Sam, how did you start watching birds?

            00:01:02 | **Sam Okoro** | My aunt gave me binoculars when I was nine, and I counted herons all summer.

            00:01:49 | **Dana Whit** | What is the rarest bird you have seen?

            00:02:36 | **Sam Okoro** | A spoon-billed sandpiper, in Thailand, years ago now.
            """, format: .markdown)
        XCTAssertEqual(outline(d), ["Sam, how did you start watching birds? [Dana Whit → Sam Okoro]",
                                    "What is the rarest bird you have seen? [Dana Whit → Sam Okoro]"])
        XCTAssertEqual(d.blocks.first?.text, "Welcome back. Sam, how did you start watching birds?")
        XCTAssertEqual(d.blocks.last?.time, "00:02:36")
    }

    func testAnOralHistoryConvertedToMarkdownWithItsCreditsInTheLabelsBold() throws {
        // html2text's Markdown: `**Interviewee:** Ruth Abernathy  ` over `**Interviewer:** …`
        // (credits in the same bold as the dialogue's `**TRAN:**`), lines wrapped at 78, links
        // inline, the slate before the first question.
        let d = try Fixture.document("wild-oral-html2text.md")
        XCTAssertEqual(d.participants.map(\.name), ["TRAN", "ABERNATHY"])
        XCTAssertEqual(d.exchanges.count, 4)
        XCTAssertEqual(d.exchanges.first?.title, "Where did you grow up, and what did your parents do?")
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Interviewer: Michael Tran") }?.kind, .front)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Interviewee: Ruth Abernathy") }?.kind, .front)
        XCTAssertFalse(d.blocks.contains { $0.text.contains("**") })
    }

    func testAPodcastsSecondGuestWhoPushesBackIsStillAGuestAndTheFooterBelowTheRuleIsThePages() throws {
        // `**Raymond Oduya (01:58):** Can I push back a little?`: one of two guests the host named
        // when opening the show, asking back now and then; below the closing `---`, the show's
        // note and `**Related episodes:**` with a list.
        let d = try Fixture.document("wild-podcast-two-guests.md")
        XCTAssertEqual(role(d, "Raymond Oduya"), .interviewee)
        XCTAssertEqual(role(d, "Theo Marchetti"), .interviewer)
        XCTAssertEqual(d.exchanges.count, 7)
        XCTAssertEqual(d.exchanges.last?.title, "Raymond, anything to add?")
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Related episodes") }?.kind, .back)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("- Ep. 98") }?.kind, .back)
    }

    func testAKeynotesCaptionsWithTimedRoomNotesAndAMicrophoneCheckedBeforeAQuestion() throws {
        // `[00:00:06] [applause]` is the room's, timed; `[inaudible] ...sorry. Is this on? Okay.
        // How do you handle burnout…?` checks the microphone, then asks.
        let d = try Fixture.document("wild-talk-cards.txt")
        XCTAssertEqual(d.exchanges.count, 5)
        XCTAssertEqual(d.exchanges.last?.questionSpeaker.map { d.participants[$0].name }, "AUDIENCE 2")
        let applause = d.blocks.first { $0.text == "[applause]" }
        XCTAssertEqual(applause?.kind, .caption)
        XCTAssertEqual(applause?.time, "00:00:06")
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("[SLIDE:") }?.kind, .caption)
    }

    func testVoicesNamedWhereTurnsBeginAndTheRoomsNotesInCuesOfTheirOwn() throws {
        // A voice tag only on a turn's first cue: the moderator named again starts her first
        // question after her welcome; `[applause]` in a cue of its own is the room's.
        let d = try Fixture.document("wild-voice-turns.vtt")
        XCTAssertEqual(d.exchanges.count, 5)
        XCTAssertEqual(d.exchanges.first.map { d.blocks[$0.blocks.lowerBound].text.hasPrefix("Ansel, let's start with you.") }, true)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Good afternoon, everybody") }?.kind, .moderator)
        XCTAssertEqual(d.blocks.filter { $0.text == "[applause]" }.map(\.speaker), [nil])
        // Music between notes, untagged, at the end.
        let music = try Fixture.document("wild-voices-and-music.vtt")
        XCTAssertEqual(music.blocks.last?.text, "♪ outro ♪")
        XCTAssertNil(music.blocks.last?.speaker)
        XCTAssertTrue([.caption, .back].contains(music.blocks.last?.kind))
    }

    func testATalksTranscriptWithSectionBreaksAndANoticeAfterTheRecordingEnds() throws {
        // `*   *   *` between the talk and the questions is a break, nobody's words; after
        // `[END OF RECORDING]`, the next talk's notice is the page's.
        let d = try Fixture.document("wild-talk-transcribed.txt")
        XCTAssertEqual(d.exchanges.count, 4)
        XCTAssertFalse(d.blocks.contains { $0.text.hasPrefix("*") })
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Next talk in the series") }?.kind, .back)
        XCTAssertEqual(role(d, "CHAIR"), .moderator)
    }

    func testAFocusGroupsWelcomeThatAsksWhetherAllAreReadyOpensNothing() throws {
        // `All right, so welcome back everyone… Bill, Jun, Marisol, is everyone ready?` —
        // `Ready as I'll ever be.` — then the first question.
        let d = try Fixture.document("wild-otter-focus-group.txt")
        XCTAssertEqual(d.exchanges.count, 6)
        XCTAssertEqual(d.exchanges.first?.title, "What got each of you into volunteering at the station in…")
    }

    func testAnAnswerThatAsksInPassingAnswersAndAGuestsPartingWordsAnswerNothing() throws {
        // `Didn't see the point, mostly. … Why would they open another app? The ones who did set
        // it up liked it fine.` answers the second interviewer's follow-up; `Sure, no problem.
        // Good luck with it.` after the hand-off to them is a goodbye.
        let d = try Fixture.document("wild-otter-speakers.txt")
        XCTAssertEqual(d.exchanges.count, 7)
        XCTAssertTrue(d.exchanges.contains { $0.title.hasPrefix("When you say they never set up the login") })
        XCTAssertEqual(d.exchanges.last?.title, "If a tool did what you just described, what would it be…")
    }

    func testAVeteransOralHistoryWithARecordCardAStateYourNameAndABreak() throws {
        // `**Conflict:** Korean War  ` / `**Branch:** …` / `**Interview date:** …` set like the
        // dialogue's `**WESTBY:**`; the slate asking the veteran to state his name for the
        // record; `Do you want to take a break?` in the middle.
        let d = try Fixture.document("wild-veterans-html2text.md")
        XCTAssertEqual(d.participants.map(\.name), ["WESTBY", "THREADGILL"])
        XCTAssertEqual(d.exchanges.count, 8)
        XCTAssertEqual(d.exchanges.first?.title, "What was your family doing when you were a boy?")
        XCTAssertFalse(d.exchanges.contains { $0.title.contains("break") })
    }

    func testASelectCommitteesWelcomeAskingWitnessesToIntroduceThemselvesIsNoQuestion() throws {
        // `Q41 Chair: Good morning and welcome to our second panel… Could you introduce
        // yourselves briefly for the record?`: numbered, but for the record.
        let d = try Fixture.document("wild-select-committee.txt")
        XCTAssertEqual(d.exchanges.first?.title, "Let me start with the obvious one.")
        XCTAssertEqual(d.exchanges.count, 9)
    }

    func testALecturesQuotedSlideOfAQuestionAndItsAnswerIsTheLecturersWords() throws {
        // `Q: So why don't we measure it? A: Because measuring it is hard…` on one line of the
        // unlabelled lecture, before the named questions from the floor.
        let d = try Fixture.document("wild-lecture-slide.txt")
        XCTAssertFalse(d.participants.contains { $0.name == "Q" || $0.name == "A" })
        XCTAssertEqual(d.exchanges.count, 4)
        XCTAssertTrue(d.blocks.contains { $0.text.hasPrefix("Q: So why don't we measure it?") })
    }

    func testAPromptThatSaysItMustAskNamesItsSubjectWithoutAQuestionMark() throws {
        // `**Nadia Brennan** [00:13:35]: I have to ask. Gertrude.`, answered at length.
        let d = try Fixture.document("wild-podcast-prompt.md")
        XCTAssertEqual(d.exchanges.count, 7)
        XCTAssertTrue(d.exchanges.contains { d.blocks[$0.blocks.lowerBound].text == "I have to ask. Gertrude." })
    }

    func testAPanelsModeratorChecksTheRoomWelcomesItAndPresentsThePanelBeforeTheFirstQuestion() throws {
        // `[00:00:04] Renata Osei: Okay, I think we're live. Can folks in the back hear me? Great.
        // Welcome back… This is panel three, "Who Pays for Transit?"…`, then the panel presented,
        // then `Gustavo, let's start with you.`, each a line of its own.
        let d = try Fixture.document("wild-panel-forum.txt")
        XCTAssertEqual(d.exchanges.first.map { d.blocks[$0.blocks.lowerBound].text.hasPrefix("Gustavo, let's start with you.") }, true)
        XCTAssertEqual(d.exchanges.count, 9)
    }

    func testATwoWordFollowUpEndingOnAQuestionWordIsAnExchange() throws {
        // `Controversial how?`, answered in three sentences, asks a new thing (an echo, `The
        // cost?`, does not); the export's header (`Dec 12, 2023 • 27:44`, keywords, speakers)
        // is no one's speech.
        let d = try Fixture.document("wild-otter-coach.txt")
        XCTAssertEqual(d.exchanges.count, 7)
        XCTAssertTrue(d.exchanges.contains { $0.title == "Controversial how?" })
        XCTAssertEqual(d.participants.count, 2)
        XCTAssertTrue(Segmentation.closesOnAQuestionWord(Array("Since when?".utf8)))
        XCTAssertFalse(Segmentation.closesOnAQuestionWord(Array("The cost?".utf8)))
    }
}
