/// Interviews published without labels: each question set in bold (or as a heading), each
/// answer in plain paragraphs below it, as magazines and websites print them.
///
/// Only tried when no label is believed anywhere. The questions get the generic speaker
/// `Interviewer` and the answers `Interviewee`, so everything downstream (turns, roles,
/// exchanges) works as for a labelled transcript.
enum EmphasisInterview {
    /// Emphasised questions needed before the layout is believed.
    static let minimumQuestions = 3

    /// Labels the questions and the first paragraph of each answer, if the document reads as
    /// such an interview; returns how many questions it found (0: not one).
    static func label(_ paragraphs: inout [Paragraph], _ accepted: inout [Bool]) -> Int {
        func isQuestion(_ index: Int) -> Bool {
            let p = paragraphs[index]
            return (p.isEmphasised || (p.isMarkup && !p.isTopHeading)) && p.asks && p.words <= 80
        }
        func isAnswer(_ index: Int) -> Bool {
            index < paragraphs.count && !paragraphs[index].isEmphasised && !paragraphs[index].isMarkup
                && paragraphs[index].words >= 3
        }
        let questions = paragraphs.indices.filter { isQuestion($0) && isAnswer($0 + 1) }
        guard questions.count >= minimumQuestions else { return 0 }
        // Most emphasised questions must be answered this way, or the bold is something else
        // (pull quotes, a list of questions someone else asks).
        let emphasisedQuestions = paragraphs.indices.filter(isQuestion).count
        guard questions.count * 3 >= emphasisedQuestions * 2 else { return 0 }
        // Other emphasised lines (`*Edited for length.*`) are notes set apart, not speech.
        for index in paragraphs.indices where paragraphs[index].isEmphasised && !questions.contains(index) {
            paragraphs[index].isMarkup = true
        }
        for q in questions {
            paragraphs[q].label = generic("Interviewer", .interviewer)
            paragraphs[q + 1].label = generic("Interviewee", .interviewee)
            accepted[q] = true
            accepted[q + 1] = true
        }
        return questions.count
    }

    private static func generic(_ name: String, _ role: Participant.Role) -> SpeakerLabel {
        SpeakerLabel(name: name, key: name.uppercased(), bodyOffset: 0, form: .colon, time: nil, genericRole: role,
                     hasTitle: false, isAllCaps: false, isStyled: true)
    }
}
