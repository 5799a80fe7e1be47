/// Interviews published without labels, in the ways print does it:
/// - each question in bold (or as a heading), the answer in plain paragraphs below it;
/// - each turn opened by a dash (`— How did it start?` / `— By accident.`), as European and
///   Russian papers print dialogue, continuation paragraphs without one;
/// - each question a paragraph of its own, as a page that had them in bold reads once copied.
///
/// Only tried when no label is believed anywhere. The questions get the generic speaker
/// `Interviewer` and the answers `Interviewee`, so everything downstream (turns, roles,
/// exchanges) works as for a labelled transcript.
enum UnlabelledInterview {
    /// Emphasised questions needed before the layout is believed.
    static let minimumQuestions = 3

    /// Labels the questions and the first paragraph of each answer, if the document reads as
    /// such an interview; returns how many questions it found (0: not one).
    static func emphasis(_ paragraphs: inout [Paragraph], _ accepted: inout [Bool]) -> Int {
        func isQuestion(_ index: Int) -> Bool {
            let p = paragraphs[index]
            return (p.isEmphasised || (p.isMarkup && !p.isTopHeading)) && p.asks && p.words <= 80
        }
        func isAnswer(_ index: Int) -> Bool {
            index < paragraphs.count && !paragraphs[index].isEmphasised && !paragraphs[index].isMarkup
                && paragraphs[index].words >= 3
        }
        let questions = paragraphs.indices.filter { isQuestion($0) && isAnswer($0 + 1) }
        // A blog post asks a few questions in its headings too: three are enough only where the
        // page says it is an interview; otherwise it takes five.
        guard questions.count >= (saysInterview(paragraphs, before: questions.first ?? 0) ? minimumQuestions : 5) else { return 0 }
        // Most emphasised questions must be answered this way, or the bold is something else
        // (pull quotes, a list of questions someone else asks).
        let emphasisedQuestions = paragraphs.indices.filter(isQuestion).count
        guard questions.count * 3 >= emphasisedQuestions * 2 else { return 0 }
        // Other emphasised lines (`*Edited for length.*`) are notes set apart, not speech.
        for index in paragraphs.indices where paragraphs[index].isEmphasised && !questions.contains(index) {
            paragraphs[index].isMarkup = true
        }
        return labelQuestionsAndAnswers(questions, &paragraphs, &accepted)
    }

    /// Questions set apart as paragraphs of their own, each answered in the paragraphs below:
    /// an interview copied from a page that set its questions in bold, the bold lost. Essays
    /// ask too, so it takes more: most such questions answered at once, the answers saying
    /// twice what the questions do, and three only where the page says it is an interview
    /// (six otherwise).
    static func questionsApart(_ paragraphs: inout [Paragraph], _ accepted: inout [Bool]) -> Int {
        func isQuestion(_ index: Int) -> Bool {
            let p = paragraphs[index]
            return p.asks && (2...60).contains(p.words) && !p.isMarkup && endsAsking(p.text)
        }
        func isAnswer(_ index: Int) -> Bool {
            index < paragraphs.count && !paragraphs[index].isMarkup && paragraphs[index].words >= 8 && !isQuestion(index)
        }
        let questions = paragraphs.indices.filter { isQuestion($0) && isAnswer($0 + 1) }
        guard let first = questions.first else { return 0 }
        let cue = saysInterview(paragraphs, before: first) || paragraphs.contains { PageFurniture.isEditorsNote($0.leadingBytes(200)) }
        guard questions.count >= (cue ? minimumQuestions : 2 * minimumQuestions),
              questions.count * 3 >= paragraphs.indices.filter(isQuestion).count * 2 else { return 0 }
        let asked = questions.reduce(0) { $0 + paragraphs[$1].words }, answered = questions.reduce(0) { $0 + paragraphs[$1 + 1].words }
        guard answered >= 2 * asked else { return 0 }
        return labelQuestionsAndAnswers(questions, &paragraphs, &accepted)
    }

    /// `Q: What is the first thing you want to change?` and the answer below with no label:
    /// where every believed label asks (`Q:`, `Interviewer:`) and most of them ask in so many
    /// words, the paragraph after each question opens the answer.
    static func answersBelowQuestions(_ paragraphs: inout [Paragraph], _ accepted: inout [Bool]) -> Int {
        let labelled = paragraphs.indices.filter { accepted[$0] }
        guard labelled.count >= minimumQuestions,
              labelled.allSatisfy({ paragraphs[$0].label?.genericRole == .interviewer }),
              labelled.filter({ paragraphs[$0].asks }).count * 3 >= labelled.count * 2 else { return 0 }
        let questions = labelled.filter { q in
            q + 1 < paragraphs.count && paragraphs[q + 1].label == nil && !paragraphs[q + 1].isMarkup
                && paragraphs[q + 1].words >= 3
        }
        guard questions.count * 3 >= labelled.count * 2 else { return 0 }
        for q in questions {
            paragraphs[q + 1].label = generic("Interviewee", .interviewee)
            accepted[q + 1] = true
        }
        return questions.count
    }

    /// Each question and the paragraph below it, the answer's first, get the generic speakers.
    private static func labelQuestionsAndAnswers(_ questions: [Int], _ paragraphs: inout [Paragraph], _ accepted: inout [Bool]) -> Int {
        for q in questions {
            paragraphs[q].label = generic("Interviewer", .interviewer)
            paragraphs[q + 1].label = generic("Interviewee", .interviewee)
            accepted[q] = true
            accepted[q + 1] = true
        }
        return questions.count
    }

    /// The paragraph's last visible character is a `?` (a closing quote or bracket after it allowed).
    private static func endsAsking(_ text: String) -> Bool {
        for c in text.unicodeScalars.reversed() {
            if c == "?" || c == "？" { return true }
            if c == " " || c == "\"" || c == "”" || c == "’" || c == "'" || c == ")" || c == "*" { continue }
            return false
        }
        return false
    }

    /// Turns opened by a dash alternate between the two; the side that asks is the interviewer.
    static func dashes(_ paragraphs: inout [Paragraph], _ accepted: inout [Bool]) -> Int {
        let turns = paragraphs.indices.filter { dashLength(paragraphs[$0].text) > 0 }
        guard turns.count >= 2 * minimumQuestions else { return 0 }
        // The asking side asks in most of its turns, the other hardly ever.
        let even = turns.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let odd = turns.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let evenAsks = even.filter { paragraphs[$0].asks }.count, oddAsks = odd.filter { paragraphs[$0].asks }.count
        let (asking, answering) = evenAsks >= oddAsks ? (even, odd) : (odd, even)
        let asks = max(evenAsks, oddAsks), answersAsk = min(evenAsks, oddAsks)
        guard asks * 2 >= asking.count, answersAsk * 3 <= answering.count else { return 0 }
        for (indices, label) in [(asking, generic("Interviewer", .interviewer)), (answering, generic("Interviewee", .interviewee))] {
            for index in indices {
                var bytes = Array(paragraphs[index].text.utf8)
                bytes.removeFirst(dashLength(paragraphs[index].text))
                paragraphs[index].labelText = String(decoding: Array(paragraphs[index].text.utf8.prefix(dashLength(paragraphs[index].text))), as: UTF8.self)
                paragraphs[index].setText(bytes)
                paragraphs[index].label = label
                accepted[index] = true
            }
        }
        return asking.count
    }

    /// Bytes of a leading `— ` or `– ` (an em or en dash and a space), or 0.
    private static func dashLength(_ text: String) -> Int {
        let head = Array(text.utf8.prefix(4))
        guard head.count == 4, head[0] == 0xE2, head[1] == 0x80, head[2] == 0x94 || head[2] == 0x93, head[3] == 0x20 else { return 0 }
        return 4
    }

    /// The title or standfirst calls the text an interview (`An interview with…`, `Q&A`,
    /// `we spoke to her`).
    static func saysInterview(_ paragraphs: [Paragraph], before end: Int) -> Bool {
        paragraphs[..<min(end, 12)].contains { p in
            interviewCues.occur(in: p.leadingBytes(400))
        }
    }

    static let interviewCues = Phrases(["interview", "q&a", "q & a", "spoke to", "spoke with", "talked to", "talked with",
                                        "talks to", "talks with", "in conversation", "sat down with", "asked ",
                                        "conversation with", "we spoke", "we talked", "we met"])

    private static func generic(_ name: String, _ role: Participant.Role) -> SpeakerLabel {
        SpeakerLabel(name: name, key: name.uppercased(), bodyOffset: 0, form: .colon, time: nil, genericRole: role,
                     hasTitle: false, isAllCaps: false, isStyled: true)
    }
}
