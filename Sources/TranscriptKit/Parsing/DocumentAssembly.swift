/// Decides what each paragraph is and groups the result into exchanges.
struct DocumentAssembly {
    var paragraphs: [Paragraph]
    let format: TranscriptFormat

    /// Per paragraph: its kind (nil while it is still undecided speech) and speaker.
    var kinds: [Block.Kind?]
    var speakers: SpeakerColumn
    private var participantKeys: [String: Int] = [:]
    var participants: [Participant] = []
    var genericRoles: [Participant.Role?] = []
    /// Interviewers who end fewer than `Segmentation.commentatorShare` of their turns asking.
    var commentators: Set<Int> = []
    /// Others who spoke briefly once or twice (`RoleInference`): their words answer nothing,
    /// as a moderator's do not (an audience member saying who they are after `In the back?`).
    var passersBy: Set<Int> = []
    /// Three or more answer in the round (`assignRoles`): an unasked remark opens nothing.
    var inTheRound = false
    private var warnings: [String] = []
    var overrides = SpeakerOverrides()
    /// Whether to write down why labels were believed and exchanges began (`outline --explain`).
    var explains = false
    var explanation: [String] = []
    private var title: String?
    private var topHeading: Int?

    init(paragraphs: [Paragraph], format: TranscriptFormat) {
        self.paragraphs = paragraphs
        self.format = format
        kinds = Array(repeating: nil, count: paragraphs.count)
        speakers = SpeakerColumn(count: paragraphs.count)
    }

    consuming func document(source: Source) -> Document {
        PageFurniture.splitTrailingFooter(&paragraphs)
        LabelEvidence.resolveTitles(&paragraphs)
        Initials.resolve(&paragraphs)
        var accepted = LabelEvidence.accepted(paragraphs, overrides: overrides)
        if explains { explanation = LabelEvidence.explain(paragraphs, accepted: accepted, overrides: overrides) }
        if !accepted.contains(true) {
            var questions = UnlabelledInterview.emphasis(&paragraphs, &accepted)
            if explains && questions > 0 {
                explanation.append("no labels: \(questions) questions in bold or as headings, each answered in plain text below")
            }
            if questions == 0 {
                questions = UnlabelledInterview.dashes(&paragraphs, &accepted)
                if explains && questions > 0 { explanation.append("no labels: turns opened by dashes, \(questions) of them asking") }
            }
            if questions == 0 {
                questions = UnlabelledInterview.questionsApart(&paragraphs, &accepted)
                if explains && questions > 0 { explanation.append("no labels: \(questions) questions set apart, each answered below") }
            }
        } else {
            let answers = UnlabelledInterview.answersBelowQuestions(&paragraphs, &accepted)
            if explains && answers > 0 { explanation.append("only questions labelled: \(answers) answers read from the paragraphs below them") }
        }
        // A label shape without evidence is part of the text after all.
        for index in paragraphs.indices where !accepted[index] && paragraphs[index].hasLabel {
            paragraphs[index].restoreLabelText()
        }
        LabelsAlone.join(&paragraphs, &accepted)
        // (A name typed again where its words begin is dropped once the speakers are known:
        // `classify`, `dropLabelTypedAgain`.)
        kinds = Array(repeating: nil, count: paragraphs.count)
        speakers = SpeakerColumn(count: paragraphs.count)
        classify(accepted: accepted)
        let turns = speechTurns(accepted: accepted)
        assignRoles(turns)
        let exchanges = buildExchanges(turns)
        // The paragraph records become the document's blocks as they are (`BlockList`), with a
        // column of exchange numbers filled by walking the exchanges (they hold their blocks in order).
        var numbers = Array(repeating: Block.none, count: paragraphs.count)
        for exchange in exchanges {
            for index in exchange.blocks where index < numbers.count { numbers[index] = Int32(exchange.number) }
        }
        let blocks = BlockList(records: paragraphs, kinds: kinds.map { $0 ?? .moderator }, speakers: speakers.column,
                               exchanges: numbers)
        var document = Document(title: title, source: source, participants: participants, blockList: blocks,
                                exchanges: exchanges, warnings: warnings)
        document.explanation = explanation
        return document
    }

    // MARK: - Speech or not

    private mutating func classify(accepted: [Bool]) {
        // Found, not listed: a list of the labelled paragraphs cost 8 bytes a line of short turns
        // at the parse's peak memory.
        guard let firstLabel = accepted.firstIndex(of: true), let lastLabel = accepted.lastIndex(of: true) else {
            classifyUnlabelled()
            return
        }
        let gap = typicalGap(accepted)
        var speaker: Int?
        var inBack = false
        var boxEnd = 0
        // The page after the last turn: from the last paragraph that reads as prose on, what
        // follows is links, headings, dates and buttons (`Message preview`, `Share`).
        var backStart = paragraphs.count
        while backStart > lastLabel + 1 && !PageFurniture.isProse(paragraphs[backStart - 1]) { backStart -= 1 }
        // Turns go round a few speakers: the last few label objects met and whose they are, so
        // the participants' table is not hashed for every turn.
        var recent = IdentityRing<SharedLabel, Int>()
        for index in paragraphs.indices {
            // (The label object read in place: most paragraphs are turns, and copying each out
            // whole cost a tenth of this pass.)
            if accepted[index], let object = paragraphs[index].opening, object.hasLabel {
                if let known = recent.value(for: object) {
                    speaker = known
                } else {
                    let made = participant(for: object.label.unsafelyUnwrapped)
                    recent.remember(object, made)
                    speaker = made
                }
                speakers[index] = speaker
                dropLabelTypedAgain(index, speaker)
                continue
            }
            let p = paragraphs[index]
            if index < firstLabel {
                kinds[index] = frontKind(index)
                continue
            }
            if inBack || index >= backStart {
                let short = p.shortBytes
                kinds[index] = !FurnitureRules.isFurniture(short) && CaptionRules.isStageDirection(short) ? .caption : .back
                continue
            }
            let short = p.shortBytes
            if index >= boxEnd, let end = boxBeforeATurn(at: index, accepted) { boxEnd = end }
            // After the last turn, a heading (`BIOGRAPHICAL NOTE`, `## About the author`, a saved
            // page's `<h2>Biographical Note</h2>`), the editor's note, a paragraph set wholly in
            // italics or bold (`*Produced by …*`: the page's voice, not a speaker's) or one below
            // a rule opens what the page adds to the conversation.
            if FurnitureRules.isFurniture(short)
                || (index > lastLabel && (PageFurniture.isHeading(p, short) || (p.isMarkup && p.words > 0) || p.isEmphasised
                                          || p.followsARule
                                          || PageFurniture.isEditorsNote(short) || PageFurniture.isAuthorNote(short))) {
                if index > lastLabel { inBack = true; kinds[index] = .back } else { kinds[index] = .caption }
            } else if p.isMarkup || CaptionRules.isCredited(short) || CaptionRules.isStageDirection(short)
                        || (p.label == nil && PageFurniture.isHeading(p, short))
                        || (p.label == nil && index + 1 < paragraphs.count && accepted[index + 1] && PageFurniture.isChapterTitle(p, short))
                        || (p.label == nil && index < boxEnd) || PageFurniture.isCourtHeading(p, short) {
                // A heading between turns (`STATEMENT OF HON. KAREN LUND`) titles what follows.
                kinds[index] = .caption
                if index > lastLabel && CaptionRules.saysTheSessionEnded(short) { inBack = true }
            } else if CaptionRules.hasKicker(short) && (p.gapBefore > gap || nextGap(index) > gap) {
                kinds[index] = .caption
            } else {
                speakers[index] = speaker
                dropLabelTypedAgain(index, speaker)
            }
        }
        markDuplicatedCaptions()
        markPullQuotes()
    }

    /// The speaker's name as the document shows it, typed again where the words begin: on a
    /// turn's next paragraph where no label could be believed (a court page's label out of its
    /// column), below a label written otherwise (`Speaker 1(  0:52` above `Speaker 1: …`), or after
    /// the initials it was resolved from (`MC: Maria Costa: …`): one check for every speech paragraph.
    private mutating func dropLabelTypedAgain(_ index: Int, _ speaker: Int?) {
        guard let speaker, Paragraph.startsWithLabel(paragraphs[index].text, participants[speaker].name) else { return }
        paragraphs[index].dropLabelTypedAgain(participants[speaker].name)
    }

    /// `The Quiet Harbour by Lena Marsh` / `Northlight Press, £18.99` between an answer and the next
    /// question: a page's box about a book or an event, two or three short lines none of which ends
    /// as a sentence does, with a turn straight after. Speech that runs on below a turn ends its
    /// sentences; a single such line is left to the chapter-title rule.
    /// - Returns: where the box ends (the turn after it), or nil.
    private func boxBeforeATurn(at index: Int, _ accepted: [Bool]) -> Int? {
        guard !accepted[index], paragraphs[index].gapBefore > 0, PageFurniture.isBoxLine(paragraphs[index]),
              index == 0 || !PageFurniture.isBoxLine(paragraphs[index - 1]) else { return nil }
        var next = index + 1
        while next < paragraphs.count, next < index + 3, !accepted[next] {
            guard PageFurniture.isBoxLine(paragraphs[next]) else { return nil }
            next += 1
        }
        return next - index >= 2 && next < paragraphs.count && accepted[next] ? next : nil
    }

    /// `"We cannot wait for the next flood to decide where people can live."` between two turns:
    /// a page's pull quote, set in quotation marks and repeating words printed nearby or in the
    /// headline. A paragraph of speech in quotes repeats nothing. Looked for near the quote and
    /// in the page's opening only, and for a bounded number of quotes, so no input costs more
    /// than a pass.
    private mutating func markPullQuotes() {
        var looked = 0
        for index in paragraphs.indices where kinds[index] == nil && speakers[index] != nil && !paragraphs[index].hasLabel {
            let text = paragraphs[index].shortBytes
            guard text.count >= 24, text.count <= 300, let inner = PageFurniture.quoted(text), looked < 64 else { continue }
            looked += 1
            // Its first six words: a headline trims the quote it repeats.
            var spaces = 0
            let sixWords = inner.prefix { c in
                if c == 0x20 { spaces += 1 }
                return spaces < 6
            }
            guard sixWords.count >= 20 else { continue }
            let words = Array(sixWords)
            let nearby = max(0, index - 40)..<min(paragraphs.count, index + 40)
            let elsewhere = Array(0..<min(20, paragraphs.count)) + Array(nearby)
            if elsewhere.contains(where: { other in
                other != index && paragraphs[other].text.utf8.count <= 20_000
                    && (paragraphs[other].text.utf8.withContiguousStorageIfAvailable { $0.containsRun(words) }
                        ?? Array(paragraphs[other].text.utf8).containsRun(words))
            }) {
                kinds[index] = .caption
                speakers[index] = nil
            }
        }
    }

    private mutating func classifyUnlabelled() {
        for index in paragraphs.indices { kinds[index] = frontKind(index) }
        if !paragraphs.isEmpty {
            warnings.append("no speaker labels found: the text is shown as one introduction")
        }
    }

    private mutating func frontKind(_ index: Int) -> Block.Kind {
        let p = paragraphs[index]
        // A page's `# Heading` is its title, whatever navigation comes before it.
        if index == 0 {
            topHeading = paragraphs.prefix(400).firstIndex { $0.isTopHeading && $0.label == nil }
                ?? PageFurniture.headlineAfterNavigation(paragraphs)
        }
        let candidate = topHeading.map { $0 == index } ?? (index == 0 || (p.isMarkup && format == .markdown))
        if title == nil, candidate, isTitleLike(p) {
            title = p.text
            return .title
        }
        return CaptionRules.isCredited(p.shortBytes) ? .caption : .front
    }

    private func isTitleLike(_ p: Paragraph) -> Bool {
        guard !p.text.isEmpty, p.text.utf8.count <= 240, p.firstLine == p.lastLine || p.isMarkup,
              !FurnitureRules.isPageMark(p.shortBytes) else { return false }   // (a printed page's `Page 1`)
        if p.isMarkup { return true }
        return p.text.utf8.last != UInt8(ascii: ".")
    }

    /// A paragraph repeated inside a neighbouring caption (alt text beside its figcaption).
    private mutating func markDuplicatedCaptions() {
        for index in paragraphs.indices where kinds[index] == nil && speakers[index] != nil && !paragraphs[index].hasLabel {
            let text = paragraphs[index].shortBytes
            guard text.count >= 20, text.count <= CaptionRules.maxBytes else { continue }
            let near = max(0, index - 2)...min(paragraphs.count - 1, index + 2)
            if near.contains(where: { $0 != index && kinds[$0] == .caption && paragraphs[$0].shortBytes.containsRun(text) }) {
                kinds[index] = .caption
                speakers[index] = nil
            }
        }
    }

    private func typicalGap(_ accepted: [Bool]) -> Int {
        var gaps: [Int] = []
        for index in paragraphs.indices where accepted[index] && paragraphs[index].gapBefore > 0 {
            gaps.append(paragraphs[index].gapBefore)
        }
        guard !gaps.isEmpty else { return 1 }
        gaps.sort()
        return gaps[gaps.count / 2]
    }

    private func nextGap(_ index: Int) -> Int {
        index + 1 < paragraphs.count ? paragraphs[index + 1].gapBefore : 0
    }

    private mutating func participant(for label: SpeakerLabel) -> Int {
        if let index = participantKeys[label.key] { return index }
        var role = label.genericRole
        if case .role(let chosen) = overrides.decision(for: label.key) { role = chosen }
        participants.append(Participant(name: label.name, role: role ?? .other))
        genericRoles.append(role)
        participantKeys[label.key] = participants.count - 1
        return participants.count - 1
    }
}

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Whether `needle` occurs as a contiguous run. (The standard library's generic
    /// `firstRange(of:)` was measured at 6% of parse time here; this loop is specialised.)
    public func containsRun(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= count else { return false }
        var i = startIndex
        let last = endIndex - needle.count
        while i <= last {
            if self[i] == first {
                var k = 1
                while k < needle.count && self[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
