import TranscriptKit

/// Following a country: the picker, jumping between its mentions, highlighting them.
extension ReaderState {
    /// Entities whose name, code or a known name starts with (or contains) what was typed.
    public func pickerChoices(_ filter: String, kind: EntityKind = .countries) -> [MentionIndex.Entity] {
        guard let all = entityList(kind)?.entities else { return [] }
        let lexicon: Gazetteer? = kind == .countries ? .standard : kind == .topics ? EntityIndex.topicLexicon
            : kind == .organisations ? EntityIndex.organisationLexicon : nil
        let query = Folding.fold(filter, ignoringCase: true)
        guard !query.isEmpty else { return all }
        func score(_ c: MentionIndex.Entity) -> Int? {
            let names = [c.name, c.code] + (lexicon?.names(of: c.code) ?? [])
            var best: Int?
            for name in names {
                let folded = Folding.fold(name, ignoringCase: true)
                if folded.starts(with: query) { best = 0 } else if best == nil && folded.containsRun(query) { best = 1 }
            }
            return best
        }
        return all.compactMap { c in score(c).map { (c, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    mutating func typeInPicker(_ key: Key) -> [Effect] {
        guard case .picker(let kind, var filter, var selection) = overlay else { return [] }
        switch key {
        case .escape, .ctrl("c"), .ctrl("g"):
            overlay = nil
            return []
        case .enter:
            let choices = pickerChoices(filter, kind: kind)
            overlay = nil
            guard choices.indices.contains(selection) else {
                message = entityList(kind) == nil ? "still indexing: try again in a moment" : "nothing matches \(filter)"
                return []
            }
            follow(choices[selection].code, kind: kind)
            return []
        case .down, .ctrl("n"): selection += 1
        case .up, .ctrl("p"): selection = max(0, selection - 1)
        case .backspace, .ctrl("h"), .delete:
            if !filter.isEmpty { filter.removeLast() }
            selection = 0
        case .char(let c) where filter.count < 40:
            filter.append(c)
            selection = 0
        default: break
        }
        selection = min(selection, max(0, pickerChoices(filter, kind: kind).count - 1))
        overlay = .picker(kind: kind, filter: filter, selection: selection)
        return []
    }

    /// All mentions of an entity, in reading order: computed once when following starts and
    /// kept in `followed`, so drawing and `n` never walk the whole document.
    static func mentions(of entity: String, in index: MentionIndex) -> [EntityMention] {
        guard let country = index.entity(entity) else { return [] }
        return country.blocks.flatMap { block in
            index.mentions[block].filter { $0.code == entity }.map { EntityMention(block: block, mention: $0) }
        }
    }

    /// Starts following a country and shows its first mention.
    mutating func follow(_ code: String, kind: EntityKind = .countries) {
        entity = code
        entityKind = kind
        followed = entityList(kind).map { Self.mentions(of: code, in: $0) } ?? []
        entityMention = nil
        search = nil
        let before = position
        nextMention(forward: true)
        if before.section != section { back.append(before); forward.removeAll() }
    }

    mutating func nextMention(forward: Bool) {
        let all = followed
        guard let entity, !all.isEmpty else { message = "no mentions"; return }
        let count = all.count
        var index = entityMention ?? (forward ? -1 : count)
        for _ in 0..<count {
            index = forward ? index + 1 : index - 1
            var wrapped = false
            if index >= count { index = 0; wrapped = true }
            if index < 0 { index = count - 1; wrapped = true }
            guard isVisible(all[index].block) else { continue }
            entityMention = index
            let before = section
            let block = all[index].block
            let map = cache.scalarMap(block: block, text: document.blocks[block].text)
            let offset = all[index].mention.range.lowerBound
            reveal(block: block, glyph: offset < map.count ? Int(map[offset]) : 0)
            if section != before && entityMention != 0 { back.append(Position(section: before, anchor: answerAnchor, focus: focus)) }
            let name = entityList(entityKind)?.entity(entity)?.name ?? entity
            message = wrapped && entityMention != nil && count > 1 ? "\(name): wrapped to the \(forward ? "first" : "last") mention" : nil
            return
        }
        message = "every mention is in hidden captions (\(keyMap.hint(.toggleCaptions)) shows them)"
    }

    /// Opens the block's section with the line holding glyph `glyph` two lines below the top:
    /// how search hits, country mentions and the like are shown.
    mutating func reveal(block: Int, glyph: Int) {
        section = sectionIndex(of: block)
        if sidebarTab == .exchanges { sidebarSelection = listedRow(of: section) }
        questionAnchor = .top
        answerAnchor = .top
        let layout = Layout(self)
        let inQuestion = currentSection.question.contains(block)
        if inQuestion && focus == .answer { focus = .question }
        if !inQuestion && focus == .question { focus = .answer }
        let text = inQuestion ? questionText(width: layout.question.width) : answerText(width: layout.answer.width)
        let rows = Layout.textRows(inQuestion ? layout.question : layout.answer)
        guard let position = text.blocks.firstIndex(of: block) else { return }
        let lines = cache.lines(block: block, text: document.blocks[block].text, width: text.textWidth)
        let line = lines.firstIndex { $0.upperBound > glyph } ?? 0
        let headed = text.speakerHeading(at: position) == nil ? 0 : 1
        let anchor = text.scrolled(Anchor(position: position, row: 0), by: max(0, line + headed - 2), height: rows)
        if inQuestion { questionAnchor = anchor } else { answerAnchor = anchor }
    }

    /// Glyph ranges of the followed country's mentions in a block.
    func entityRanges(block: Int) -> [(range: Range<Int>, current: Bool)] {
        guard let entity, let index = entityList(entityKind) else { return [] }
        let mentions = index.mentions[block].filter { $0.code == entity }
        guard !mentions.isEmpty else { return [] }
        let map = cache.scalarMap(block: block, text: document.blocks[block].text)
        let glyphCount = cache.glyphs(block: block, text: document.blocks[block].text).count
        let current = entityMention.flatMap { followed.indices.contains($0) ? followed[$0] : nil }
        return mentions.map { m in
            let g0 = m.range.lowerBound < map.count ? Int(map[m.range.lowerBound]) : glyphCount
            let g1 = m.range.upperBound < map.count ? Int(map[m.range.upperBound]) : glyphCount
            return (g0..<max(g1, g0 + 1), current?.block == block && current?.mention == m)
        }
    }

    /// `Libya 3/23` for the status bar.
    var mentionCounter: String? {
        guard let entity, search == nil else { return nil }
        let name = entityList(entityKind)?.entity(entity)?.name ?? entity
        let total = followed.count
        return entityMention.map { "\(name) \($0 + 1)/\(total)" } ?? "\(name) \(total)"
    }
}

/// One mention of the entity being followed.
public struct EntityMention: Equatable, Sendable {
    public var block: Int
    public var mention: Mention
}
