/// Whether a string is shaped like a person's name or title as transcripts write them.
///
/// Accepts 1–6 words, each capitalised, a number (`Speaker 2`), an initial, or a name
/// particle (`von der Leyen`, `bin Salman`). Rejects joined names (`Merkel and Putin`) and
/// anything with lower-case words, which is how colons in prose are told from labels.
struct NameShape {
    let words: [Substring]
    let key: String
    let hasTitle: Bool
    let isAllCaps: Bool
    /// `GenericLabels.isFurniture(key)`, judged with the rest of the shape: once per name, not
    /// once per line (it was a tenth of the label detector's instructions).
    let isFurniture: Bool
    /// `GenericLabels.role(of: key)`, judged once per name too.
    let genericRole: Participant.Role?

    init?(_ name: String) {
        // Any blank between the words (`Анна\u{A0}Ковалёва` as a page wrote it): one name, one key.
        let words = name.split(whereSeparator: \.isWhitespace)
        // `Jen Luker & Safia Abdalla`: two or three people at once, an ampersand between each
        // (with `and` the words are a caption's, `Merkel and Putin:`), each name as long as one.
        if name.utf8.contains(UInt8(ascii: "&")) {
            let people = words.split(separator: "&", omittingEmptySubsequences: false)
            guard people.count <= 3, people.allSatisfy({ (1...6).contains($0.count) }) else { return nil }
        } else {
            guard (1...6).contains(words.count) else { return nil }
        }
        guard name.utf8.count <= SpeakerLabel.maxNameBytes,
              let first = words.first?.first, first.isLetter, !first.isLowercase else { return nil }
        for (index, word) in words.enumerated() where word != "&" {
            guard let initial = word.first else { return nil }
            // `Thanks. Dr. Fauci`: a sentence ends inside it. Within a name a full stop closes an
            // initial, a title (`Dr.`, `Gen.`) or a short abbreviation (`Lt.`, `U.S.`), no word.
            if word.last == ".", index + 1 < words.count, word.count > 4,
               !NameShape.titles.contains(word.trimmingPunctuation.uppercased()), !word.dropLast().contains(".") { return nil }
            let plain = word.trimmingPunctuation
            // `•`, `—`: marks between a date and a length (`Dec 12, 2023 • 27:44`), no name's part.
            guard !plain.isEmpty else { return nil }
            // Scripts without case (Chinese, Arabic, Hindi…) write names without capitals.
            if initial.isUppercase || (initial.isLetter && !initial.isLowercase) || plain.allSatisfy(\.isNumber) { continue }
            if NameShape.particles.contains(plain.lowercased()) { continue }
            // `al-Ketbi`, `el-Sisi`, `bin-Laden`, `d'Estaing`: a particle joined to a capitalised name.
            if let joint = plain.firstIndex(where: { $0 == "-" || $0 == "'" || $0 == "\u{2019}" }),
               NameShape.particles.contains(plain[..<joint].lowercased()) || plain[..<joint] == "d",
               plain[plain.index(after: joint)...].first?.isUppercase == true { continue }
            return nil
        }
        // `Dec 12, 2023`, `March 3`: a date, whatever its capitals.
        if words.count >= 2, words[1].first?.isNumber == true, NameShape.months.contains(words[0].trimmingPunctuation.uppercased()) { return nil }
        self.words = words
        // Joined here rather than by `joined(separator:)`, which the standard library has only
        // in generic form: its first call looked up the array's conformances by scanning every
        // record in the binary, 0.23 M instructions of the preview's parse before the first frame.
        var key = "", opening = true
        for word in words {
            if !opening { key += " " }
            key += word.trimmingPunctuation.uppercased()
            opening = false
        }
        self.key = key
        hasTitle = words.contains { NameShape.titles.contains($0.trimmingPunctuation.uppercased()) }
        isAllCaps = name.contains { $0.isLetter } && !name.contains { $0.isLowercase }
        isFurniture = GenericLabels.isFurniture(key)
        genericRole = GenericLabels.role(of: key)
    }

    static let months: Set<String> = ["JAN", "JANUARY", "FEB", "FEBRUARY", "MAR", "MARCH", "APR", "APRIL", "MAY", "JUN", "JUNE",
                                      "JUL", "JULY", "AUG", "AUGUST", "SEP", "SEPT", "SEPTEMBER", "OCT", "OCTOBER", "NOV",
                                      "NOVEMBER", "DEC", "DECEMBER"]

    /// Judged names, so a label seen on every turn is analysed once.
    ///
    /// The last few names met are compared first: turns go round a few speakers, and comparing
    /// a short name costs less than hashing it for the table on every line.
    struct Cache {
        private var known: [String: NameShape?] = [:]
        private var recent: [(name: String, shape: NameShape?)] = []
        private var next = 0

        mutating func shape(_ name: String) -> NameShape? {
            for entry in recent where entry.name == name { return entry.shape }
            let shape: NameShape?
            if let hit = known[name] {
                shape = hit
            } else {
                shape = NameShape(name)
                if known.count < 4096 { known[name] = shape }
            }
            if recent.count < 4 { recent.append((name, shape)) } else { recent[next] = (name, shape) }
            next = (next + 1) % 4
            return shape
        }
    }

    static let particles: Set<String> = [
        "von", "van", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le",
        "al", "el", "bin", "bint", "ibn", "ben", "y", "e", "af", "zu", "ter", "st", "mc",
    ]

    static let titles: Set<String> = [
        "MR", "MRS", "MS", "MX", "DR", "PROF", "PROFESSOR", "SIR", "DAME", "LORD", "LADY", "SECRETARY",
        "PRESIDENT", "MINISTER", "AMBASSADOR", "SENATOR", "SEN", "REP", "REPRESENTATIVE", "CONGRESSMAN",
        "CONGRESSWOMAN", "GOVERNOR", "GOV", "MAYOR", "GENERAL", "GEN", "ADMIRAL", "ADM", "COLONEL", "COL",
        "CAPTAIN", "CAPT", "CHAIR", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "CHAIRMAN", "CHAIRWOMAN",
        "CHAIRPERSON", "DIRECTOR", "COMMISSIONER", "CHANCELLOR", "JUDGE", "JUSTICE", "DEPUTY", "PREMIER",
        "KING", "QUEEN", "PRINCE", "PRINCESS", "FATHER", "REV", "REVEREND", "RABBI", "IMAM", "SHEIKH",
        // Honorifics of other English-language press rooms: India's, diplomats', parliaments'.
        "SHRI", "SMT", "SHRIMATI", "KUMARI", "HONOURABLE", "HONORABLE", "EXCELLENCY",
    ]
}

extension Substring {
    var trimmingPunctuation: Substring {
        var s = self
        while let c = s.last, c.isPunctuation { s = s.dropLast() }
        while let c = s.first, c.isPunctuation { s = s.dropFirst() }
        return s
    }
}

/// Labels whose meaning is a role rather than a name, and label-like words that are page
/// furniture (`Photo:`, `Source:`), never speakers.
enum GenericLabels {
    /// The role a generic label names; `AUDIENCE MEMBER 2`, `#3` or `UNIDENTIFIED AUDIENCE MEMBER`
    /// name the same role as `AUDIENCE MEMBER`.
    static func role(of key: String) -> Participant.Role? {
        if let role = exactRole(of: key) { return role }
        // Most labels are names: only a number at the end or a word like `UNIDENTIFIED` first
        // is worth taking the key apart for.
        guard let last = key.utf8.last, Bytes.isDigit(last) || last == UInt8(ascii: "#")
                || ["UNIDENTIFIED ", "UNKNOWN ", "ANOTHER ", "MALE ", "FEMALE "].contains(where: key.hasPrefix) else { return nil }
        var words = key.split(separator: " ")
        if let last = words.last, words.count > 1, last.allSatisfy({ $0.isNumber || $0 == "#" }) { words.removeLast() }
        if words.count > 1, ["UNIDENTIFIED", "UNKNOWN", "ANOTHER", "MALE", "FEMALE"].contains(words[0]) { words.removeFirst() }
        return words.count < key.split(separator: " ").count ? exactRole(of: words.joined(separator: " ")) : nil
    }

    private static func exactRole(of key: String) -> Participant.Role? {
        if interviewer.contains(key) { return .interviewer }
        if interviewee.contains(key) { return .interviewee }
        if moderator.contains(key) { return .moderator }
        return nil
    }

    static func isFurniture(_ key: String) -> Bool {
        furniture.contains(key) || key.split(separator: " ").last.map { headings.contains(String($0.trimmingPunctuation)) } == true
            // A hearing's `STATEMENT OF HON. ANNE CARVER,`: the full stop after a title is no label's.
            || PageFurniture.witnessHeadings.contains { key.hasPrefix($0) }
    }

    /// The last word of a transcript's cover-page headings (`SENATE MEMBERS PRESENT:`,
    /// `ALSO IN ATTENDANCE:`, `APPEARANCES:`, `ROUNDTABLE PARTICIPANTS, CONTINUED:`): lists of
    /// people, never one of them speaking.
    private static let headings: Set<String> = [
        "PRESENT", "ATTENDANCE", "PARTICIPANTS", "APPEARANCES", "WITNESSES", "ATTENDEES", "PRESIDING", "CONTINUED",
        "INDEX", "CONTENTS", "EXHIBITS",
    ]

    private static let interviewer: Set<String> = [
        "Q", "QUESTION", "QUESTIONER", "INTERVIEWER", "HOST", "CO-HOST", "COHOST", "REPORTER", "JOURNALIST",
        "AUDIENCE", "AUDIENCE MEMBER", "AUDIENCE QUESTION", "CORRESPONDENT", "PRESS", "ANCHOR", "PRESENTER",
        // A Kremlin transcript's word from the floor (`Remark: And the vaccines for children?`).
        "REMARK", "РЕПЛИКА",
        // Research interviews: `I:`/`R:`, `INT:`/`IE:`, `IV:`.
        "I", "INT", "IV", "IVR",
        // The same in the languages interviews are most often published in.
        "ВОПРОС", "КОРРЕСПОНДЕНТ", "ЖУРНАЛИСТ", "ВЕДУЩИЙ", "ВЕДУЩАЯ", "FRAGE", "PREGUNTA", "DOMANDA", "PERGUNTA",
        "VRAAG", "PYTANIE", "JOURNALISTE", "PERIODISTA", "GIORNALISTA", "ENTREVISTADOR", "ENTREVISTADORA",
        "记者", "問", "问", "提问", "主持人", "記者", "質問",
    ]
    private static let interviewee: Set<String> = [
        // (`P:` is left to behaviour: a participant in English research, the question, pregunta,
        // in Spanish interviews answered by `R:`.)
        "A", "ANSWER", "INTERVIEWEE", "GUEST", "RESPONDENT", "RESPONSE", "R", "IE", "PARTICIPANT",
        // Oral histories call the person remembering the narrator.
        "NARRATOR", "PANELIST", "PANELLIST",
        "ОТВЕТ", "ANTWORT", "RESPUESTA", "RÉPONSE", "REPONSE", "RISPOSTA", "RESPOSTA", "ANTWOORD", "ODPOWIEDŹ",
        "答", "回答",
    ]
    private static let moderator: Set<String> = [
        "MODERATOR", "OPERATOR", "ANNOUNCER", "CHAIR", "PRESIDING OFFICER", "FACILITATOR",
    ]
    private static let furniture: Set<String> = [
        "PHOTO", "PHOTOS", "PHOTOGRAPH", "PICTURE", "IMAGE", "IMAGES", "VIDEO", "SOURCE", "SOURCES", "CREDIT",
        "CREDITS", "NOTE", "NOTES", "EDITOR'S NOTE", "EDITORS NOTE", "UPDATE", "UPDATED", "CORRECTION",
        "READ MORE", "READ ALSO", "RELATED", "SEE ALSO", "WATCH", "LISTEN", "TAGS", "TAG", "TOPICS", "SHARE",
        "PUBLISHED", "POSTED", "DATE", "BY", "FILED UNDER", "CATEGORY", "CATEGORIES", "EXCLUSIVE", "BREAKING",
        "OPINION", "ANALYSIS", "SUBSCRIBE", "FOLLOW", "EMAIL", "E-MAIL", "TEL", "PHONE", "FAX", "WEBSITE", "WEB",
        "COPYRIGHT", "TRANSCRIPT", "LOCATION", "TIME", "SUBJECT", "RE", "CC", "TO", "FROM", "SENT", "WARNING",
        "DISCLAIMER", "ADVERTISEMENT", "SPONSORED", "FEATURED", "TRANSLATION", "TRANSLATED BY", "LANGUAGE",
        "SUMMARY", "ABSTRACT", "KEYWORDS", "P.S", "PS", "NB", "N.B", "HEADLINE", "CAPTION", "LINK", "LINKS",
        "ALSO READ", "MORE", "CONTACT", "CONTACT US", "ADDRESS", "URL",
        // A catalogue's card above an oral history or a recording (`Project: Voices of the River
        // Towns`, `Place: Port Alder`, `Duration: 48 min`).
        "PROJECT", "PLACE", "COLLECTION", "SERIES", "EPISODE", "DURATION", "LENGTH", "RUNTIME", "RUNNING TIME",
        "RECORDED", "RECORDING DATE", "INTERVIEW DATE", "DATE OF INTERVIEW", "TRANSCRIBED BY", "TRANSCRIBER",
        "TRANSCRIPTION", "REVIEWED BY", "EDITED BY", "RIGHTS", "FORMAT", "CALL NUMBER", "IDENTIFIER", "CITATION",
        "REPOSITORY", "VENUE", "AUDIO", "DOWNLOAD",
        // Points counted off in speech (`Second: I did not throw anybody out.`).
        "FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "FIRSTLY", "SECONDLY", "THIRDLY", "FINALLY", "LASTLY",
        "NEXT", "THEN", "ALSO", "PLUS", "BESIDES", "MOREOVER", "HOWEVER", "THEREFORE", "ANYWAY",
    ]
}
