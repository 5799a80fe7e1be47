/// Works out who asks, who answers and who runs the session, from how each person speaks.
enum RoleInference {
    struct Stats {
        var turns = 0
        var words = 0
        var askingTurns = 0
        var generic: Participant.Role?
        /// Turns that come straight after a `Q:` or `Question:` (someone else's).
        var repliesToGenericAsker = 0

        var askingShare: Double { turns == 0 ? 0 : Double(askingTurns) / Double(turns) }
        var wordsPerTurn: Double { turns == 0 ? 0 : Double(words) / Double(turns) }
    }

    /// - The interviewee is the person who says the most (unless a generic label says otherwise).
    /// - Anyone who asks in a quarter of their turns is an interviewer.
    /// - Someone who speaks at length without asking is a further interviewee (a panel);
    ///   someone brief who never asks runs the session (moderator).
    static func roles(_ stats: [Stats]) -> [Participant.Role] {
        var roles = stats.map { $0.generic }
        let undecided = stats.indices.filter { roles[$0] == nil }
        // A host who asks far more than anyone is the interviewer even when they talk most.
        if !roles.contains(.interviewer), undecided.count >= 3,
           let host = undecided.max(by: { stats[$0].askingShare < stats[$1].askingShare }),
           stats[host].turns >= 5, stats[host].askingShare >= 0.15,
           undecided.allSatisfy({ $0 == host || stats[$0].askingShare <= stats[host].askingShare * 0.6 }) {
            roles[host] = .interviewer
        }
        var lead: Int? = stats.indices.filter { roles[$0] == .interviewee }.max { stats[$0].words < stats[$1].words }
        if lead == nil {
            let calm = undecided.filter { stats[$0].askingShare < 0.5 && roles[$0] == nil }
            lead = (calm.isEmpty ? undecided : calm).max { stats[$0].words < stats[$1].words }
            if let lead, roles.contains(.interviewer) || undecided.count > 1 { roles[lead] = .interviewee }
        }
        let leadWords = lead.map { stats[$0].words } ?? 0
        for s in undecided where roles[s] == nil {
            // In a briefing, whoever takes the floor after the reporters' `Q` is answering them.
            if stats[s].repliesToGenericAsker * 3 >= stats[s].turns && stats[s].turns >= 2 && stats[s].askingShare < 0.5 {
                roles[s] = .interviewee
            } else if stats[s].askingShare >= 0.25 {
                roles[s] = .interviewer
            } else if stats[s].words * 2 >= leadWords || (roles.contains(.interviewer) && stats[s].words * 10 >= leadWords && stats[s].turns >= 3
                                                             && stats[s].generic == nil && !roles.contains(.moderator)) {
                // A panel: besides the one who answers most, others who answer at some length.
                roles[s] = .interviewee
            } else if stats[s].wordsPerTurn < 40 {
                roles[s] = .moderator
            } else {
                roles[s] = .other
            }
        }
        // Two people talking: whoever is not the interviewee is asking, question marks or not.
        if !roles.contains(.interviewer), let lead {
            let candidates = stats.indices.filter { $0 != lead && roles[$0] != .moderator || stats.count == 2 && $0 != lead }
            if let asker = candidates.max(by: { stats[$0].askingShare < stats[$1].askingShare }) {
                roles[asker] = .interviewer
            }
        }
        return roles.map { $0 ?? .other }
    }
}
