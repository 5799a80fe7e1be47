import XCTest
@testable import TranscriptKit

/// Shapes that `corpus-report --restyle` found read differently from the same talk labelled
/// another way, each in our own words: otter.ai's `Q  0:54` alone on its line, a bold name
/// whose bracketed time ends the line, a CJK question alone on its line that looked like a
/// name, and a reporter's name said once as a label just after they introduced themselves.
final class RestyledShapesTests: XCTestCase {
    func testAnOtterExportsQuestionLetterWithItsTimeAlone() {
        let d = TranscriptParser.parse("""
        MODERATOR  0:00
        Welcome, everyone. Our briefer will say a few words and then take your questions.

        JANE ROE  0:12
        Thanks. The harbour project opens next spring, two months early and on budget.

        Q  0:40
        When will the second berth be finished?

        JANE ROE  0:44
        The second berth follows in the autumn, once the dredging is complete.

        Q  1:02
        And the cost of the dredging?

        JANE ROE  1:06
        About forty million, shared with the port authority over three years.
        """)
        XCTAssertEqual(Fixture.outline(d), [
            "When will the second berth be finished? [Q → JANE ROE]",
            "The cost of the dredging? [Q → JANE ROE]",
        ])
        XCTAssertFalse(d.blocks.contains { $0.text.hasPrefix("0:") || $0.text.hasPrefix("1:") }, "the time is left in the text")
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("When will") }?.time, "0:40")
    }

    func testABoldNameWhoseTimeEndsTheLine() {
        let d = TranscriptParser.parse("""
        **Jane Roe** [0:00]

        How did you start the cooperative back then?

        **John Doe** [0:21]

        In a garage, with three friends and no money at all, honestly.

        **Jane Roe** [0:40]

        What came after the garage years?

        **John Doe** [1:02]

        A grant from the city, then a shop on Main Street, then a second shop.
        """)
        XCTAssertEqual(Fixture.outline(d), [
            "How did you start the cooperative back then? [Jane Roe → John Doe]",
            "What came after the garage years? [Jane Roe → John Doe]",
        ])
        XCTAssertFalse(d.blocks.contains { $0.text.hasPrefix("[") }, "the time is left as text")
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("What came") }?.time, "0:40")
    }

    func testAShortChineseQuestionAloneOnItsLineIsAQuestion() {
        // `那兩個是一樣的嗎？` alone under its heading looked like a name; put back as text, its
        // question mark and its words count.
        let d = TranscriptParser.parse("""
        ### 甲：
        我們先談第一個問題，你那時候幾歲開始讀哲學的書呢？

        ### 乙：
        我十六歲的時候開始讀很多哲學的書，包括反對方法和真理與方法兩本書。

        ### 甲：
        那兩個是一樣的嗎？

        ### 乙：
        是完全相反的。這邊是哲學詮釋學，概念就是就算作者不在了，我們看著他的文字，還是可以慢慢趨近他的意思。
        """, name: "t.md")
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertEqual(d.exchanges.last.map { GoldText.questionText(d, $0) }, "那兩個是一樣的嗎？")
    }

    /// A deposition's `A. No.` answers however short it is: the witness answers tersely throughout.
    func testADepositionsShortAnswersStillAnswer() {
        let d = TranscriptParser.parse("""
             Q.   Where do you work?
             A.   At the depot on Mill Road.
             Q.   Did you see the truck leave?
             A.   Yes.
             Q.   Was the driver alone?
             A.   No.
             Q.   Who was with him?
             A.   His brother, I think.
        """)
        XCTAssertEqual(d.exchanges.count, 4)
    }

    func testANameSaidOnceAsALabelJustAfterIntroducingThemselves() {
        let d = TranscriptParser.parse("""
        Moderator: Next, the radio station in the second row.

        Question: Good afternoon. Maria Lopez, City Radio.

        Question: My question is about the bridge. When will it reopen to lorries?

        Minister: Do you really need the exact date?

        Maria Lopez: I would, yes.

        Minister: Then it is the first of March, if the inspections pass as they should.

        Moderator: Next question.

        Question: What will the repairs cost the city in the end?

        Minister: About twelve million, most of it from the national fund.
        """)
        XCTAssertEqual(Fixture.role(d, "Maria Lopez"), .interviewer)
        XCTAssertFalse(d.blocks.contains { $0.text.hasPrefix("Maria Lopez:") }, "her label is read as text")
    }

    func testABoldNameWithItsTimeSaidOnceAmongOthersSoWritten() {
        var text = ""
        for (n, name) in ["MS. REED", "MR. HOLT", "MS. REED", "MR. HOLT", "MS. REED", "MS. VANCE", "MS. REED", "MR. HOLT"].enumerated() {
            let words = name == "MS. REED" ? "Thank you. What would you change first in the home care programme?"
                : "We would pay the aides properly, because the turnover is what hurts the clients most of all."
            text += "**\(name)** [\(n):10]\n\n\(words)\n\n"
        }
        let d = TranscriptParser.parse(text, name: "t.md")
        XCTAssertNotNil(Fixture.role(d, "MS. VANCE"), "said once, written as the others are: a speaker")
        XCTAssertFalse(d.blocks.contains { $0.text.contains("**") }, "a label is left in the text")
    }

    func testASentenceEndingInsideANameIsNoName() {
        // `Thanks. Dr. Fauci —` alone on a line twice (a reporter breaking off) is no speaker.
        XCTAssertNil(NameShape("Thanks. Dr. Fauci"))
        XCTAssertNil(NameShape("Right. Mike"))
        for name in ["Dr. Anthony Fauci", "Lt. Col. Jane Smith", "U.S. Ambassador Jones", "Martin Luther King Jr.", "Gen. Mark Milley", "J. R. Ewing"] {
            XCTAssertNotNil(NameShape(name), name)
        }
    }

    func testANumberedVoiceHeardOnceAmongOthersIsASpeaker() {
        var text = ""
        for (n, voice) in [1, 2, 1, 2, 3, 2, 1, 2].enumerated() {
            let words = voice == 1 ? "So what would you change first about the bus routes, and why?"
                : "We would run the buses every ten minutes on the main roads before anything else, number \(n)."
            text += "Speaker \(voice): \(words)\n\n"
        }
        let d = TranscriptParser.parse(text)
        XCTAssertNotNil(Fixture.role(d, "Speaker 3"), "heard once, numbered as the others are: a speaker")
        XCTAssertFalse(d.blocks.contains { $0.text.hasPrefix("Speaker 3:") }, "the label is left in the text")
        XCTAssertTrue(LabelEvidence.isNumberedVoice("SPEAKER_02") && LabelEvidence.isNumberedVoice("SPEAKER 7"))
        XCTAssertFalse(LabelEvidence.isNumberedVoice("SPEAKER") || LabelEvidence.isNumberedVoice("SPEAKER PELOSI"))
    }
}
