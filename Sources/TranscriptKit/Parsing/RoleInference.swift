/// Works out who asks, who answers and who runs the session, from how each person speaks.
enum RoleInference {
    struct Stats {
        var turns = 0
        var words = 0
        var askingTurns = 0
        var shortestTurn = Int.max
        var generic: Participant.Role?
        /// Turns that come straight after a `Q:` or `Question:` (someone else's).
        var repliesToGenericAsker = 0
        /// Who speaks next after each of this person's turns, by participant.
        var followedBy: [Int: Int] = [:]
        /// Turns that reply to someone's turn ending in a question, by whom it was.
        var repliesToQuestionsFrom: [Int: Int] = [:]
        /// The first turn of the document is theirs and opens a show (`Welcome to…`, `It's episode 9`).
        var opensTheShow = false
        /// The host named them when opening the show (`This week I have two guests. Dr. Esperanza
        /// Lindqvist researches…, and Raymond Oduya…`): a guest, even one who asks back.
        var presentedAtTheOpening = false
        /// Some turn of theirs ends by giving someone the floor (`Go ahead, Jim.`, `the floor is yours`).
        var handsOver = false
        /// Labelled as a legislator (`SENATOR VALESKY`, `Chairman Smith`) or yielding their time
        /// (`I yield back.`): at a hearing, one who questions.
        var sitsOnThePanel = false

        var askingShare: Double { turns == 0 ? 0 : Double(askingTurns) / Double(turns) }
        var wordsPerTurn: Double { turns == 0 ? 0 : Double(words) / Double(turns) }
        var summary: String { "\(words) words in \(turns) turns, \(askingTurns) ending in a question" }
    }

    /// A role and the rule that gave it, for `outline --explain`.
    struct Verdict {
        var role: Participant.Role
        var reason: String
        /// What they say answers no question: a clerk reading for the chair, or a passing word.
        var answersNothing = false
    }

    /// - The interviewee is the person who says the most (unless a generic label says otherwise).
    /// - Anyone who asks in a quarter of their turns is an interviewer.
    /// - Someone who speaks at length without asking is a further interviewee (a panel);
    ///   someone brief who never asks runs the session (moderator).
    static func verdicts(_ stats: [Stats]) -> [Verdict] {
        if takeTurnsAtLength(stats) {
            return stats.map { _ in Verdict(role: .other, reason: "every turn is a monologue and few end asking: speakers in turn, not an interview") }
        }
        var verdicts: [Verdict?] = stats.map { s in s.generic.map { Verdict(role: $0, reason: "a generic label") } }
        func decide(_ s: Int, _ role: Participant.Role, _ reason: String) { verdicts[s] = Verdict(role: role, reason: reason) }
        func role(_ s: Int) -> Participant.Role? { verdicts[s]?.role }
        func anyone(_ r: Participant.Role) -> Bool { verdicts.contains { $0?.role == r } }
        // Whoever opens the show is its host, however much the guests say or they talk themselves.
        if !anyone(.interviewer), let host = stats.indices.first(where: { stats[$0].opensTheShow && verdicts[$0] == nil }),
           stats.count >= 2 {
            decide(host, .interviewer, "opens the show")
        }
        // A floor session's presiding officer: a brief word between most turns (`Senator
        // Leichter.`, `Do you yield?`, `The Secretary will read.`), after which anyone at all may
        // speak. An interviewer's brief turns are followed by the one or two who answer.
        let allTurns = stats.reduce(0) { $0 + $1.turns }
        let presiding = stats.indices.filter { verdicts[$0] == nil && presides(stats[$0], allTurns: allTurns) }
        for s in presiding {
            decide(s, .moderator, "a brief word between a quarter or more of all turns, after which many different people speak: presides")
        }
        // Its clerk (`THE SECRETARY`, reading each bill's title and the roll's result) speaks when
        // the chair gives the word, asking nothing and answering no one's question.
        for s in stats.indices where verdicts[s] == nil && stats[s].turns >= 5 && stats[s].askingTurns == 0 {
            let afterTheChair = presiding.reduce(0) { $0 + stats[$1].followedBy[s, default: 0] }
            let afterQuestions = stats[s].repliesToQuestionsFrom.values.reduce(0, +)
            if afterTheChair * 5 >= stats[s].turns * 4 && afterQuestions * 5 < stats[s].turns {
                decide(s, .other, "speaks when the presiding officer gives the word, answering no question: reads for the chair")
                verdicts[s]?.answersNothing = true
            }
        }
        // A hearing: legislators who ask at all question the witnesses, however much they say,
        // unless they do most of the talking (a floor debate among themselves). A senator who
        // never asks is a guest like any other (on the radio, say).
        // One who mostly replies to questions and seldom asks is answering for a bill (a sponsor
        // who yields) however they are titled.
        func answersForABill(_ s: Int) -> Bool {
            stats[s].repliesToQuestionsFrom.values.reduce(0, +) * 2 >= stats[s].turns && stats[s].askingShare < 0.25
        }
        let members = stats.indices.filter {
            stats[$0].sitsOnThePanel && stats[$0].askingTurns > 0 && verdicts[$0] == nil && !answersForABill($0)
        }
        let speaking = stats.indices.filter { stats[$0].turns > 0 }
        let memberWords = members.reduce(0) { $0 + stats[$1].words }, allWords = speaking.reduce(0) { $0 + stats[$1].words }
        // (Where others reply to their questions again and again, the members are asking them,
        // however long the members' own speeches.)
        let repliesToMembers = speaking.reduce(0) { sum, s in
            verdicts[s] != nil || members.contains(s) ? sum : members.reduce(sum) { $0 + stats[s].repliesToQuestionsFrom[$1, default: 0] }
        }
        if !members.isEmpty, members.count < speaking.count, memberWords * 5 < allWords * 3 || repliesToMembers >= 3 {
            for member in members { decide(member, .interviewer, "a legislator at a hearing, where others testify") }
            // Whoever else replies to a legislator's question in a few sentences, asking none,
            // testifies, however briefly (a second witness on a panel); a name said from the
            // room (`Brendon Bachelor, from our town hall.`) is no testimony.
            for s in speaking where verdicts[s] == nil && !stats[s].sitsOnThePanel && stats[s].askingTurns == 0 && stats[s].words >= 30
                && members.contains(where: { stats[s].repliesToQuestionsFrom[$0, default: 0] > 0 }) {
                decide(s, .interviewee, "replies to a legislator's question at a hearing: a witness")
            }
        }
        let undecided = stats.indices.filter { verdicts[$0] == nil }
        // A host who asks far more than anyone is the interviewer even when they talk most.
        if !anyone(.interviewer), undecided.count >= 3,
           let host = undecided.max(by: { stats[$0].askingShare < stats[$1].askingShare }),
           stats[host].turns >= 5, stats[host].askingShare >= 0.15,
           undecided.allSatisfy({ $0 == host || stats[$0].askingShare <= stats[host].askingShare * 0.6 }) {
            decide(host, .interviewer, "asks far more often than anyone else (the host)")
        }
        var lead: Int? = stats.indices.filter { role($0) == .interviewee }.max { stats[$0].words < stats[$1].words }
        let calm = undecided.filter { stats[$0].askingShare < 0.5 && role($0) == nil }
        let talker = (calm.isEmpty ? undecided.filter { role($0) == nil } : calm).max { stats[$0].words < stats[$1].words }
        // A generic answering label (`Reply:`) used for a few words does not make its speaker
        // the one who answers when a named speaker says far more without asking.
        if let talker, lead.map({ stats[talker].words > 2 * stats[$0].words && !calm.isEmpty }) ?? true {
            lead = talker
            if anyone(.interviewer) || undecided.count > 1 { decide(talker, .interviewee, "says the most") }
        }
        let leadWords = lead.map { stats[$0].words } ?? 0
        func answersInterviewers(_ s: Int) -> Int {
            stats[s].repliesToQuestionsFrom.reduce(0) { $0 + (role($1.key) == .interviewer ? $1.value : 0) }
        }
        for s in undecided where role(s) == nil {
            if stats[s].repliesToGenericAsker * 3 >= stats[s].turns && stats[s].turns >= 2 && stats[s].askingShare < 0.5 {
                decide(s, .interviewee, "takes the floor after the reporters' generic questions")
            } else if stats[s].sitsOnThePanel && stats[s].turns >= 3 && answersForABill(s) {
                decide(s, .interviewee, "a legislator who mostly replies to questions: answers for a bill")
            } else if stats[s].askingShare >= 0.25, stats[s].askingShare < 0.5, stats[s].presentedAtTheOpening {
                decide(s, .interviewee, "named by the host opening the show, and asks in under half their turns: a guest")
            } else if stats[s].askingShare >= 0.25 {
                decide(s, .interviewer, "ends a quarter or more of their turns asking")
            } else if stats[s].words * 2 >= leadWords || (anyone(.interviewer) && stats[s].words * 10 >= leadWords && stats[s].turns >= 3
                                                          && stats[s].generic == nil && !anyone(.moderator)),
                      // A spokesperson calling on reporters (`Next question, from Reuters.`) after
                      // each answer says as much in a short conference, answering nobody.
                      stats[s].repliesToQuestionsFrom.values.contains { $0 > 0 } || stats[s].wordsPerTurn >= 40 {
                decide(s, .interviewee, "answers at length beside the main answerer (a panel)")
            } else if let lead, stats[s].turns <= 3, stats[s].followedBy[lead, default: 0] * 2 > stats[s].turns,
                      // (One who asks nothing and hands the call over runs it: investor relations.)
                      stats[s].askingTurns > 0 || !stats[s].handsOver,
                      stats[s].words >= 4 * stats[s].turns || stats[s].repliesToQuestionsFrom[lead, default: 0] > 0 {
                // A reporter given the floor speaks once or twice and is answered; someone who
                // keeps coming back briefly is running the session (or agreeing along), and an
                // `mm hmm` is no question unless it answers the answerer's (`Inna Salnikova.`).
                decide(s, .interviewer, "speaks at most three times, and the answerer replies")
            } else if stats[s].askingTurns == 0, stats[s].wordsPerTurn >= 10, answersInterviewers(s) >= 2,
                      answersInterviewers(s) * 2 > stats[s].turns {
                // A second guest brought in late (`Raj, how long can the region absorb this?`)
                // says little, but says it to questions: a moderator speaks after answers.
                decide(s, .interviewee, "replies to the interviewer's questions, briefly")
            } else if stats[s].wordsPerTurn < 40 && stats[s].turns <= 2 && !stats[s].handsOver {
                // A word or two in passing (a cast member's aside, a colleague's correction)
                // runs nothing: a moderator comes back, or gives someone the floor.
                decide(s, .other, "speaks briefly once or twice, giving no one the floor")
            } else if stats[s].wordsPerTurn < 40, !stats[s].handsOver, stats[s].repliesToQuestionsFrom.values.contains(where: { $0 > 0 }) {
                // A moderator speaks after answers, to give the next one the floor. A brief voice
                // heard after questions that gives no one the floor is taking part: answering with
                // the panel if it answers the interviewer in sentences, else a passing word.
                if answersInterviewers(s) >= 2 && stats[s].wordsPerTurn >= 10 {
                    decide(s, .interviewee, "brief, but answers the interviewer's questions, giving no one the floor")
                } else {
                    decide(s, .other, "a word now and then after questions, giving no one the floor")
                    verdicts[s]?.answersNothing = true
                }
            } else if stats[s].wordsPerTurn < 40 {
                decide(s, .moderator, "brief and never asking: runs the session")
            } else if anyone(.interviewer) && stats[s].askingTurns == 0 {
                // Witnesses at a hearing, panellists called in turn: at length, never asking.
                decide(s, .interviewee, "speaks at length and never asks, where others ask")
            } else {
                decide(s, .other, "speaks at length without asking or answering")
            }
        }
        // Two people talking: whoever is not the interviewee is asking, question marks or not.
        if !anyone(.interviewer), let lead {
            let candidates = stats.indices.filter { $0 != lead && role($0) != .moderator || stats.count == 2 && $0 != lead }
            if let asker = candidates.max(by: { stats[$0].askingShare < stats[$1].askingShare }) {
                decide(asker, .interviewer, "the one talking with the answerer")
            }
        }
        return verdicts.map { $0 ?? Verdict(role: .other, reason: "never speaks") }
    }

    /// Takes a quarter of all turns or more, of under 15 words on average, and no one speaker
    /// takes the floor after as many as half of them, five or more different people do.
    static func presides(_ s: Stats, allTurns: Int) -> Bool {
        guard s.turns >= 20, s.turns * 4 >= allTurns, s.wordsPerTurn < 15 else { return false }
        let followers = s.followedBy.values
        return followers.count >= 5 && (followers.max() ?? 0) * 2 < s.turns
    }

    /// A compilation of clips, or speeches given in turn: named speakers only, no turn short
    /// enough to be a question, an interjection or a thank-you, and most turns asking nothing.
    /// Any conversation has some short turns; a reading of monologues has none.
    private static func takeTurnsAtLength(_ stats: [Stats]) -> Bool {
        let speaking = stats.filter { $0.turns > 0 }
        let turns = speaking.reduce(0) { $0 + $1.turns }
        let asking = speaking.reduce(0) { $0 + $1.askingTurns }
        return speaking.count >= 2 && turns >= 4 && speaking.allSatisfy { $0.generic == nil && $0.shortestTurn >= 50 }
            && asking * 2 < turns
    }

    /// Titles that make a speaker a legislator (`THE CHAIRMAN`, `Senator Warren`, `REP. SMITH`).
    static func sitsOnThePanel(_ name: String) -> Bool {
        var words = name.split(separator: " ")
        if words.first?.uppercased() == "THE" { words.removeFirst() }
        if words.first.map({ ["ACTING", "VICE", "RANKING"].contains($0.uppercased()) }) == true { words.removeFirst() }
        guard let first = words.first else { return false }
        return legislativeTitles.contains(first.trimmingPunctuation.uppercased())
    }

    private static let legislativeTitles: Set<String> = [
        "SENATOR", "SEN", "REP", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN", "CHAIRMAN", "CHAIRWOMAN",
        "CHAIRPERSON", "CHAIR", "ASSEMBLYMAN", "ASSEMBLYWOMAN", "ASSEMBLYMEMBER", "COUNCILMEMBER", "COUNCILMAN",
        "COUNCILWOMAN", "COUNCILLOR", "COUNCILOR", "DELEGATE", "MEMBER",
    ]
}
