import TranscriptKit

/// The one place state changes: a key in, the new state and effects out.
extension ReaderState {
    public mutating func handle(_ key: Key) -> [Effect] {
        if case .resize(let w, let h) = key {
            width = max(1, w)
            height = max(1, h)
            reanchor()
            return []
        }
        if case .mouse(let event) = key { return click(event) }
        if var p = prompt, p.kind == .search { return typeInSearch(key, &p) }
        if var p = prompt, case .note(let id) = p.kind { return typeNote(key, &p, id) }
        if prompt != nil { return typeInPrompt(key) }
        if case .picker = overlay { return typeInPicker(key) }
        if case .help(let scroll) = overlay {
            switch keyMap.action(for: key) {
            case .lineDown, .pageDown, .halfPageDown: overlay = .help(scroll: scroll + 1)
            case .lineUp, .pageUp, .halfPageUp: overlay = .help(scroll: max(0, scroll - 1))
            case .quit, .cancel, .help: overlay = nil
            case .redraw: return [.redraw]
            default: break
            }
            return []
        }
        if focus == .sidebar && sidebarTab == .bookmarks, let effects = bookmarkListKey(key) { return effects }
        if focus == .sidebar && sidebarTab.entityKind != nil && key == .char("o") {
            entitiesByName.toggle()
            message = entitiesByName ? "sorted by name (o: by mentions)" : "sorted by mentions (o: by name)"
            return []
        }
        if selection != nil, let effects = selectionKey(key) { return effects }
        guard let action = keyMap.action(for: key) else {
            message = "\(key.label) does nothing here; \(keyMap.hint(.help)) lists the keys"
            return []
        }
        message = nil
        return perform(action)
    }

    public mutating func perform(_ action: Action) -> [Effect] {
        guard !isTooSmall || action == .quit || action == .redraw else { return [] }
        switch action {
        case .lineDown: move(1)
        case .lineUp: move(-1)
        case .pageDown: move(max(1, focusedRows - 2))
        case .pageUp: move(-max(1, focusedRows - 2))
        case .halfPageDown: move(max(1, focusedRows / 2))
        case .halfPageUp: move(-max(1, focusedRows / 2))
        case .top: toEdge(top: true)
        case .bottom: toEdge(top: false)
        case .nextSection: jump(to: neighbouringSection(forward: true))
        case .previousSection: jump(to: neighbouringSection(forward: false))
        case .nextParagraph: paragraph(forward: true)
        case .previousParagraph: paragraph(forward: false)
        case .goToPrompt: prompt = Prompt(kind: .goTo, text: "")
        case .open:
            guard focus == .sidebar else { return [] }
            if sidebarTab == .bookmarks {
                openBookmark(sidebarSelection)
            } else if let kind = sidebarTab.entityKind {
                let list = sidebarEntities(kind)
                if list.indices.contains(sidebarSelection) { follow(list[sidebarSelection].code, kind: kind) }
            } else if sidebarTab == .speakers {
                openSpeaker(sidebarSelection)
            } else if sidebarTab == .search {
                let before = position
                show(hit: sidebarSelection)
                if before.section != section { back.append(before); forward.removeAll() }
            } else {
                jump(to: listedSection(sidebarSelection))
            }
        case .focusNext: cycleFocus(1)
        case .focusPrevious: cycleFocus(-1)
        case .jumpBack:
            if inLibrary && back.isEmpty { return [.quit] }
            travel(backwards: true)
        case .jumpForward: travel(backwards: false)
        case .toggleCaptions:
            captionsHidden.toggle()
            message = captionsHidden ? "captions and page furniture hidden (\(keyMap.hint(.toggleCaptions)) shows them)" : "captions shown"
            reanchor()
        case .toggleSidebar:
            sidebarChoice = !sidebarShown
            if !sidebarShown && focus == .sidebar { focus = .answer }
            reanchor()
        case .nextTheme:
            themeIndex = (themeIndex + 1) % themeNames.count
            message = "theme: \(themeName)"
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .help: overlay = .help(scroll: 0)
        case .cancel:
            overlay = nil
            message = nil
            // One thing at a time: the search, then the followed mention, then the filter.
            if search != nil { search = nil } else if entity != nil { entity = nil; entityMention = nil; followed = [] } else { liftFilter() }
        case .quit: return [.quit]
        case .searchPrompt: openSearchPrompt()
        case .nextMatch, .previousMatch:
            let forward = action == .nextMatch
            if search == nil && entity != nil {
                if let leave = leaveAtLastMention(forward: forward) { return leave }
                nextMention(forward: forward)
            } else {
                if let leave = leaveAtLastHit(forward: forward) { return leave }
                nextMatch(forward: forward)
            }
        case .pickCountry:
            // On an entity tab, `c` picks from that tab's list (people, organisations…).
            let kind = focus == .sidebar ? sidebarTab.entityKind ?? .countries : .countries
            overlay = .picker(kind: kind, filter: "", selection: 0)
        case .pickTopic: overlay = .picker(kind: .topics, filter: "", selection: 0)
        case .filterPrompt: prompt = Prompt(kind: .filter, text: "")
        case .play:
            guard let block = focusedBlock, let time = document.time(at: block) else {
                message = "no time here: subtitles and timestamped transcripts have them"
                return []
            }
            return [.play(seconds: time.seconds, time: time.text)]
        case .select: startSelection(paragraphs: false)
        case .selectParagraphs: startSelection(paragraphs: true)
        case .copy: return copyQuote()
        case .nextSentence, .previousSentence:
            message = "\(keyMap.hint(.nextSentence)) and \(keyMap.hint(.previousSentence)) move a selection; \(keyMap.hint(.select)) starts one"
        case .nextTab, .previousTab:
            guard focus == .sidebar else { return [] }
            let tabs = sidebarTabs
            let index = tabs.firstIndex(of: sidebarTab) ?? 0
            select(tab: tabs[(index + (action == .nextTab ? 1 : tabs.count - 1)) % tabs.count])
        case .bookmark: return markParagraph()
        case .showBookmarks:
            if !sidebarShown { sidebarChoice = true; reanchor() }
            focus = .sidebar
            select(tab: .bookmarks)
            if bookmarks.isEmpty { message = "no bookmarks yet: m marks the paragraph at the top" }
        case .exportBookmarks:
            guard !bookmarks.isEmpty else { message = "no bookmarks to write"; return [] }
            return [.exportBookmarks]
        }
        return []
    }

    // MARK: - Moving inside a pane

    var focusedRows: Int {
        let layout = Layout(self)
        switch focus {
        case .sidebar: return sidebarRows
        case .question: return Layout.textRows(layout.question)
        case .answer: return Layout.textRows(layout.answer)
        }
    }

    private mutating func move(_ delta: Int) {
        let layout = Layout(self)
        switch focus {
        case .sidebar:
            sidebarSelection = min(max(0, sidebarSelection + delta), max(0, sidebarCount - 1))
            keepSelectionVisible(rows: sidebarRows)
        case .question:
            let text = questionText(width: layout.question.width)
            questionAnchor = text.scrolled(questionAnchor, by: delta, height: Layout.textRows(layout.question))
        case .answer:
            let text = answerText(width: layout.answer.width)
            answerAnchor = text.scrolled(answerAnchor, by: delta, height: Layout.textRows(layout.answer))
        }
    }

    private mutating func toEdge(top: Bool) {
        let layout = Layout(self)
        switch focus {
        case .sidebar:
            sidebarSelection = top ? 0 : max(0, sidebarCount - 1)
            keepSelectionVisible(rows: sidebarRows)
        case .question:
            questionAnchor = top ? .top : questionText(width: layout.question.width).lastAnchor(height: Layout.textRows(layout.question))
        case .answer:
            answerAnchor = top ? .top : answerText(width: layout.answer.width).lastAnchor(height: Layout.textRows(layout.answer))
        }
    }

    private mutating func paragraph(forward: Bool) {
        let layout = Layout(self)
        let text = answerText(width: layout.answer.width)
        guard !text.blocks.isEmpty else { return }
        let a = text.clamped(answerAnchor)
        let target: Int
        if forward {
            target = a.position + 1
            guard target < text.blocks.count else { message = "last paragraph"; return }
        } else {
            target = a.row > 0 ? a.position : a.position - 1
            guard target >= 0 else { message = "first paragraph"; return }
        }
        let last = text.lastAnchor(height: Layout.textRows(layout.answer))
        let wanted = Anchor(position: target, row: 0)
        answerAnchor = (wanted.position, wanted.row) > (last.position, last.row) ? last : wanted
    }

    mutating func keepSelectionVisible(rows: Int) {
        if sidebarSelection < sidebarScroll { sidebarScroll = sidebarSelection }
        if rows > 0 && sidebarSelection >= sidebarScroll + rows { sidebarScroll = sidebarSelection - rows + 1 }
    }

    // MARK: - Jumps

    /// Opens another section, remembering where the reader was.
    mutating func jump(to target: Int) {
        guard target >= 0 && target < sections.count else {
            message = (target < 0 ? "already at the first section" : "already at the last exchange") + (filter == nil ? "" : " the filter keeps")
            return
        }
        guard target != section else { return }
        back.append(position)
        forward.removeAll()
        show(Position(section: target, anchor: .top, focus: focus == .sidebar && sidebarShown ? .sidebar : focus))
    }

    /// Goes back to a remembered position (jumps, Ctrl-O, Esc in the search prompt).
    mutating func show(_ p: Position) {
        if p.section != section { selection = nil }
        section = p.section
        answerAnchor = p.anchor
        questionAnchor = .top
        focus = p.focus == .sidebar && !sidebarShown ? .answer : p.focus
        if sidebarTab == .exchanges { sidebarSelection = listedRow(of: section) }
        reanchor()   // also keeps the sidebar selection in view
    }

    /// Entries the sidebar shows (or the answer pane's rows when it is hidden).
    var sidebarRows: Int {
        let layout = Layout(self)
        let rows = Layout.listRows(layout.sidebar ?? layout.answer)
        return sidebarTab == .speakers ? rows - Self.speakerPanelRows(listRows: rows) : rows
    }

    private mutating func travel(backwards: Bool) {
        guard let target = backwards ? back.popLast() : forward.popLast() else {
            message = backwards ? "no earlier position" : "no later position"
            return
        }
        if backwards { forward.append(position) } else { back.append(position) }
        show(target)
    }

    private mutating func cycleFocus(_ step: Int) {
        let order: [Focus] = sidebarShown ? [.sidebar, .question, .answer] : [.question, .answer]
        let index = (order.firstIndex(of: focus) ?? 0) + step + order.count
        focus = order[index % order.count]
        // Said as well as drawn: the order is not obvious, and `m` marks in the focused pane.
        message = "\(focus.name) focused; Tab: \(order[(index + 1) % order.count].name)"
        if focus == .sidebar && sidebarTab == .exchanges { sidebarSelection = listedRow(of: section) }
    }

    /// Keeps anchors valid after the layout or the visible blocks changed.
    mutating func reanchor() {
        guard !isTooSmall else { return }
        let layout = Layout(self)
        let answer = answerText(width: layout.answer.width)
        answerAnchor = answer.scrolled(answer.clamped(answerAnchor), by: 0, height: Layout.textRows(layout.answer))
        let last = answer.lastAnchor(height: Layout.textRows(layout.answer))
        if (answerAnchor.position, answerAnchor.row) > (last.position, last.row) { answerAnchor = last }
        let question = questionText(width: layout.question.width)
        questionAnchor = question.clamped(questionAnchor)
        keepSelectionVisible(rows: sidebarRows)
    }

    // MARK: - Prompt and mouse

    private mutating func typeInPrompt(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        switch key {
        case .escape, .ctrl("c"), .ctrl("g"):
            prompt = nil
        case .enter:
            prompt = nil
            if p.kind == .filter { applyFilter(p.text) } else { goTo(p.text) }
        case .backspace, .ctrl("h"), .delete:
            if p.text.isEmpty { prompt = nil } else { p.text.removeLast(); prompt = p }
        case .char(let c) where p.text.count < (p.kind == .filter ? 120 : 12):
            p.text.append(c)
            prompt = p
        default:
            break
        }
        return []
    }

    private mutating func goTo(_ text: String) {
        let numbers = sections.compactMap { Int($0.number) }
        guard let n = Int(text.trimmingCharacters(in: " ")),
              let target = sections.firstIndex(where: { $0.number == String(n) }) else {
            let range = numbers.isEmpty ? "none" : "\(numbers.min() ?? 0)–\(numbers.max() ?? 0)"
            message = text.isEmpty ? nil : "no exchange \(text) (\(range))"
            return
        }
        jump(to: target)
    }

    private mutating func click(_ event: MouseEvent) -> [Effect] {
        guard !isTooSmall, overlay == nil, prompt == nil else { return [] }
        let layout = Layout(self)
        let scroll = event.kind == .wheelUp ? -3 : event.kind == .wheelDown ? 3 : 0
        if let sidebar = layout.sidebar, sidebar.contains(x: event.x, y: event.y) {
            focus = .sidebar
            if scroll != 0 {
                move(scroll)
            } else if event.y > sidebar.y {
                let entry = sidebarScroll + event.y - sidebar.y - 1
                if entry < sidebarCount && event.y - sidebar.y - 1 < sidebarRows {
                    sidebarSelection = entry
                    _ = perform(.open)
                }
            }
        } else if layout.question.contains(x: event.x, y: event.y) {
            focus = .question
            if scroll != 0 { move(scroll) }
        } else if layout.answer.contains(x: event.x, y: event.y) {
            focus = .answer
            if scroll != 0 { move(scroll) }
        }
        return []
    }
}

private extension String {
    func trimmingCharacters(in c: Character) -> String {
        var s = Substring(self)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }
}

extension ReaderState {
    /// Shows a message in the status bar (theme problems, document warnings).
    public mutating func notify(_ text: String) { message = text }

    /// Earlier searches, for ↑/↓ in the search prompt.
    public mutating func remember(_ entries: [SearchQuery]) { history = entries }
}
