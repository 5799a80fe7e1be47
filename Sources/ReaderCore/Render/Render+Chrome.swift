import Foundation
import TranscriptKit

/// The sidebar, the status bar and the help overlay.
extension ReaderState {
    func drawSidebar(_ frame: inout Frame, _ area: Rect) {
        frame.fill(area, .sidebar)
        frame.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), .sidebarTab)
        var x = area.x + 1
        func label(_ tab: SidebarTab, short: Bool) -> String {
            switch tab {
            case .exchanges: return short ? " E " : " Exchanges "
            case .search: return short ? " S " : " Search \(search?.hits.count ?? 0) "
            case .bookmarks: return short ? " M " : bookmarks.isEmpty ? " Marks " : " Marks \(bookmarks.count) "
            case .countries: return short ? " C " : " Countries "
            case .people: return short ? " P " : " People "
            case .organisations: return short ? " O " : " Orgs "
            case .topics: return short ? " T " : " Topics "
            case .speakers: return short ? " Sp " : " Speakers "
            }
        }
        // Every tab's full name when they fit; otherwise the open one in full and the others short.
        let fits = sidebarTabs.reduce(0) { $0 + label($1, short: false).count + 1 } <= area.width - 1
        var tabs = sidebarTabs
        // Even short, the tabs may not all fit: those before the open one give way to it.
        let widths = { (tabs: [SidebarTab]) in tabs.reduce(0) { $0 + label($1, short: !fits && $1 != self.sidebarTab).count + 1 } }
        while tabs.first != sidebarTab, let open = tabs.firstIndex(of: sidebarTab), widths(Array(tabs[...open])) > area.width - 1 {
            tabs.removeFirst()
        }
        for tab in tabs {
            let label = label(tab, short: !fits && tab != sidebarTab)
            // Focused, the open tab is drawn as a focused pane's title: the same cue as the panes'.
            let active: Element = focus == .sidebar ? .paneTitleFocused : .sidebarTabActive
            x = frame.put(label, x: x, y: area.y, maxX: area.maxX, tab == sidebarTab ? active : .sidebarTab) + 1
        }
        var rows = Layout.listRows(area)
        if sidebarTab == .speakers {
            let panel = Self.speakerPanelRows(listRows: rows)
            drawSpeakerPanel(&frame, Rect(x: area.x, y: area.maxY - panel, width: area.width, height: panel))
            rows -= panel
        }
        let topics = sidebarTab == .exchanges ? entityIndex.exchangeTopics() : nil
        // Once per frame: sorted by name, the list would otherwise be sorted for every entry drawn.
        let entities = sidebarTab.entityKind.map(sidebarEntities) ?? []
        if rows > 0, sidebarTab.entityKind.map({ entityList($0) == nil }) ?? (sidebarTab == .speakers && speakerStatistics == nil) {
            frame.put(" indexing…", x: area.x, y: area.y + 1, maxX: area.maxX, .sidebar)
        }
        for row in 0..<rows {
            let index = sidebarScroll + row
            guard index < sidebarCount else { break }
            let y = area.y + 1 + row
            let selected = focus == .sidebar && index == sidebarSelection
            if sidebarTab == .search {
                drawSearchEntry(&frame, index, x: area.x, y: y, maxX: area.maxX, selected: selected)
                continue
            }
            if sidebarTab == .speakers {
                drawSpeakerEntry(&frame, index, x: area.x, y: y, maxX: area.maxX, selected: selected)
                continue
            }
            if sidebarTab == .bookmarks {
                drawBookmarkEntry(&frame, index, x: area.x, y: y, maxX: area.maxX, selected: selected)
                continue
            }
            if let kind = sidebarTab.entityKind {
                // The index may have been finished by its builder since `entities` was taken.
                guard index < entities.count else { break }
                drawEntityEntry(&frame, entities[index], kind: kind, x: area.x, y: y, maxX: area.maxX, selected: selected)
                continue
            }
            let listed = listedSection(index)
            let entry = sections[listed]
            let numberWidth = max(2, String(sections.count).count)
            let element: Element = selected ? .sidebarSelected : listed == section ? .sidebarCurrent : .sidebar
            if selected || listed == section { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1), element) }
            let marker = listed == section ? decor.current : " "
            let number = String(repeating: " ", count: max(0, numberWidth - entry.number.count)) + entry.number
            var title = entry.title
            // (An exchange too short to have key terms keeps its bare title, no dash before it.)
            if case .exchange(let n) = entry.kind, let words = topics?[n], !words.isEmpty {
                title = words.joined(separator: decor.join) + " — " + title
            }
            frame.putTruncating("\(marker)\(number)  \(title)", x: area.x, y: y, maxX: area.maxX, element)
        }
    }

    /// ` 9 Sergei Lavrov: “The Russian embassy…” — my note · 29 Nov`
    private func drawBookmarkEntry(_ frame: inout Frame, _ index: Int, x: Int, y: Int, maxX: Int, selected: Bool) {
        let b = bookmarks[index]
        let element: Element = selected ? .sidebarSelected : .sidebar
        if selected { frame.fill(Rect(x: x, y: y, width: maxX - x, height: 1), element) }
        let number = b.orphaned ? "?" : b.exchange.map(String.init) ?? "0"
        var column = frame.put(String(repeating: " ", count: max(0, 3 - number.count)) + number + " ", x: x, y: y, maxX: maxX, element)
        // The note first: it is what the reader wrote to find this again.
        if !b.note.isEmpty { column = frame.put(b.note + " ", x: column, y: y, maxX: maxX, selected ? element : .speaker) }
        frame.putTruncating("“\(b.quote)” · " + (b.speaker.map { "\($0), " } ?? "") + Self.day(b.created),
                            x: column, y: y, maxX: maxX, element)
    }

    /// `▸ Libya       32 ········█` — name, mentions, and a strip of the exchanges that mention it.
    private func drawEntityEntry(_ frame: inout Frame, _ c: MentionIndex.Entity, kind: EntityKind, x: Int, y: Int, maxX: Int, selected: Bool) {
        let followed = c.code == entity && kind == entityKind
        let element: Element = selected ? .sidebarSelected : followed ? .sidebarCurrent : .sidebar
        if selected || followed { frame.fill(Rect(x: x, y: y, width: maxX - x, height: 1), element) }
        let exchanges = document.exchanges.count
        let stripWidth = min(exchanges, max(0, (maxX - x) / 3))
        let strip = strip(of: c.exchanges, width: stripWidth)
        let count = String(c.mentions)
        let stripStart = maxX - stripWidth
        frame.putTruncating((followed ? decor.current : " ") + c.name, x: x, y: y, maxX: stripStart - count.count - 2, element)
        frame.put(count, x: stripStart - count.count - 1, y: y, maxX: stripStart, element)
        frame.put(strip, x: stripStart, y: y, maxX: maxX, selected ? element : .gutter)
    }

    /// The `c` picker: a box above the status bar with the filter and the matching countries.
    func drawPicker(_ frame: inout Frame, kind: EntityKind, filter: String, selection: Int) {
        let choices = pickerChoices(filter, kind: kind)
        let height = min(max(3, min(choices.count, 12) + 2), self.height - 2)
        let width = plain ? self.width : min(self.width - 2, 44)   // plain: no line shared with the text
        let box = Rect(x: (self.width - width) / 2, y: max(0, self.height - 1 - height), width: width, height: height)
        frame.fill(box, .help)
        frame.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), .border, glyph: decor.rule)
        let noun = [EntityKind.countries: "Country", .people: "Person", .organisations: "Organisation", .topics: "Topic"][kind] ?? ""
        let end = frame.put(" \(noun): \(filter)", x: box.x + 1, y: box.y, maxX: box.maxX - 1, .paneTitleFocused)
        frame.put(decor.textCursor, x: end, y: box.y, maxX: box.maxX, .paneTitleFocused)
        if plain { frame.cursor = Frame.Spot(x: min(end, box.maxX - 1), y: box.y) }
        let rows = box.height - 1
        let first = max(0, min(selection - rows + 1, choices.count - rows))
        for (i, c) in choices.dropFirst(first).prefix(rows).enumerated() {
            let y = box.y + 1 + i
            let chosen = first + i == selection
            if chosen { frame.fill(Rect(x: box.x, y: y, width: box.width, height: 1), .sidebarSelected) }
            frame.putTruncating(kind == .countries ? " \(c.code)  \(c.name)" : " \(c.name)", x: box.x + 1, y: y, maxX: box.maxX - 8, chosen ? .sidebarSelected : .help)
            frame.put("\(c.mentions)", x: box.maxX - 2 - String(c.mentions).count, y: y, maxX: box.maxX, chosen ? .sidebarSelected : .help)
        }
        if choices.isEmpty {
            frame.put(entityList(kind) == nil ? " indexing…" : " nothing matches", x: box.x + 1, y: box.y + 1, maxX: box.maxX, .help)
        }
    }

    static func day(_ date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(parts.day ?? 1) \(months[((parts.month ?? 1) - 1) % 12])"
    }

    /// `  7  …text around the match…` with the match drawn as a match.
    private func drawSearchEntry(_ frame: inout Frame, _ index: Int, x: Int, y: Int, maxX: Int, selected: Bool) {
        guard let search else { return }
        let hit = search.hits[index]
        let element: Element = selected ? .sidebarSelected : index == search.current ? .sidebarCurrent : .sidebar
        if selected || index == search.current { frame.fill(Rect(x: x, y: y, width: maxX - x, height: 1), element) }
        let number = sections[sectionIndex(of: hit.block)].number
        let start = frame.put((index == search.current ? decor.current : " ") + String(repeating: " ", count: max(0, 3 - number.count)) + number + "  ",
                              x: x, y: y, maxX: maxX, element)
        let glyphs = cache.glyphs(block: hit.block, text: document.blocks[hit.block].text)
        guard let match = searchHighlights(block: hit.block).range(ofHit: index) else { return }
        // Some words of context before the match, starting at a word.
        let lead = min(match.lowerBound, max(4, (maxX - start) / 3))
        var from = match.lowerBound - lead
        if from > 0, let space = glyphs[from..<match.lowerBound].firstIndex(where: \.isSpace) { from = space + 1 }
        var column = start
        if from > 0 { column = frame.put("…", x: column, y: y, maxX: maxX, element) }
        column = frame.put(glyphs[from..<match.lowerBound], x: column, y: y, maxX: maxX, element)
        column = frame.put(glyphs[match], x: column, y: y, maxX: maxX, selected ? element : .match)
        frame.put(glyphs[match.upperBound...], x: column, y: y, maxX: maxX, element)
    }

    func drawStatus(_ frame: inout Frame, _ layout: Layout) {
        let bar = layout.status
        frame.fill(bar, .status)
        if let prompt {
            drawPrompt(&frame, prompt, bar)
            return
        }
        // Left: a message when there is one (it matters now), else the document's title.
        let where_ = currentSection.kind == .endMatter ? "end matter" : "exchange \(sectionCounter)"
        let position = answerPosition(answerText(width: layout.answer.width), rows: Layout.textRows(layout.answer))
        let separator = decor.separator
        var right = " \(where_) \(separator) \(position) \(separator) \(keyMap.hint(.help)) help "
        if let counter = matchCounter ?? mentionCounter { right = " \(counter) \(separator)" + right }
        let rightWidth = DisplayWidth.columns(right)
        let leftEnd = max(0, bar.width - rightWidth - 1)
        if let message {
            frame.putTruncating(" \(message)", x: 0, y: bar.y, maxX: leftEnd, .statusMessage)
        } else if let filter {
            frame.putTruncating(" filter: \(filter.summary)", x: 0, y: bar.y, maxX: leftEnd, .statusMessage)
        } else {
            frame.putTruncating(" \(document.title ?? document.source.name)", x: 0, y: bar.y, maxX: leftEnd, .status)
        }
        frame.put(right, x: max(0, bar.width - rightWidth), y: bar.y, .status)
    }

    /// `match 3/17`, with the hits hidden by `i` counted when there are any.
    var matchCounter: String? {
        guard let search else { return nil }
        if search.isPending { return "searching…" }
        if search.hits.isEmpty { return search.error == nil ? "no match" : "invalid pattern" }
        let hidden = captionsHidden ? search.hits.filter { !isVisible($0.block) }.count : 0
        let position = search.current.map { "match \($0 + 1)/\(search.hits.count)" } ?? "\(search.hits.count) matches"
        return position + (hidden > 0 ? " (\(hidden) hidden by i)" : "") + (search.isTruncated ? " (stopped early)" : "")
    }

    private func drawPrompt(_ frame: inout Frame, _ prompt: Prompt, _ bar: Rect) {
        let lead: String
        switch prompt.kind {
        case .goTo: lead = ":"
        case .search: lead = prompt.isRegex ? "regex /" : "/"
        case .note: lead = prompt.markedPane.map { "note on the \($0.name): " } ?? "note: "
        case .filter: lead = "&"
        }
        let end = frame.put(lead + prompt.text, x: 0, y: bar.y, maxX: bar.maxX - 1, .prompt)
        frame.put(decor.textCursor, x: end, y: bar.y, .prompt)
        if plain { frame.cursor = Frame.Spot(x: min(end, bar.maxX - 1), y: bar.y) }
        let hint: String
        switch prompt.kind {
        case .goTo: hint = "exchange number, Enter to go, Esc to cancel"
        case .note: hint = "Enter saves the note, Esc leaves it as it was"
        case .filter: hint = "speaker, country, topic, person NAME or a pattern; & again: paragraphs; Enter alone lifts it"
        case .search:
            if let error = search?.error { hint = "invalid: \(error)" }
            else { hint = (matchCounter ?? "") + decor.join + "Enter keeps, Esc cancels, Ctrl-R regex, \(decor.upDown) history" }
        }
        frame.put("  " + hint, x: end + 1, y: bar.y, maxX: bar.maxX, search?.error != nil ? .statusMessage : .status)
    }

    func drawHelp(_ frame: inout Frame, scroll: Int) {
        var lines: [(String, String)] = []
        var group = ""
        for binding in keyMap.bindings where !binding.keys.isEmpty {
            if binding.group != group {
                if !group.isEmpty { lines.append(("", "")) }
                group = binding.group
                lines.append((group, ""))
            }
            // Plain mode spells keys as the config file does (`Down`, not an arrow).
            lines.append((binding.keys.map(plain ? KeyNotation.name : \.label).joined(separator: " "), binding.help))
        }
        lines.append(("", ""))
        lines.append(("Mouse", "click selects or focuses; the wheel scrolls"))
        var keyWidth = min(22, lines.map { DisplayWidth.columns($0.0) }.max() ?? 0)
        // Plain: the whole screen above the status bar, so no line mixes help with the text beneath.
        let boxWidth = plain ? width : min(width - 2, keyWidth + 50)
        if boxWidth < keyWidth + 34 {
            // Too narrow for two columns: each description goes under its keys, wrapped to the box.
            let room = max(1, boxWidth - 3 - 2)
            lines = lines.flatMap { line -> [(String, String)] in
                guard !line.1.isEmpty else { return [line] }
                return [(line.0, " ")] + Wrap.words(line.1, width: room).map { ("", "  " + $0) }
            }
            keyWidth = 0
        }
        let boxHeight = plain ? height - 1 : min(height - 2, lines.count + 2)
        let box = Rect(x: (width - boxWidth) / 2, y: plain ? 0 : (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        if plain { frame.cursor = Frame.Spot(x: box.x + 2, y: box.y + 1) }
        frame.fill(box, .help)
        frame.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), .border, glyph: decor.rule)
        frame.fill(Rect(x: box.x, y: box.maxY - 1, width: box.width, height: 1), .border, glyph: decor.rule)
        frame.put(" Keys — \(keyMap.hint(.cancel)) closes ", x: box.x + 2, y: box.y, maxX: box.maxX, .paneTitleFocused)
        let visible = box.height - 2
        let first = min(scroll, max(0, lines.count - visible))
        for (i, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            let y = box.y + 1 + i
            if line.1.isEmpty {
                frame.put(line.0, x: box.x + 2, y: y, maxX: box.maxX - 1, .paneTitle)
            } else if keyWidth == 0 {
                let isKey = line.1 == " "
                frame.put(isKey ? line.0 : line.1, x: box.x + 2, y: y, maxX: box.maxX - 1, isKey ? .helpKey : .help)
            } else {
                frame.put(line.0, x: box.x + 2, y: y, maxX: box.x + 2 + keyWidth, .helpKey)
                frame.put(line.1, x: box.x + 3 + keyWidth, y: y, maxX: box.maxX - 1, .help)
            }
        }
        // The keys in force, so a rebinding or another preset is what the hint names.
        let scroll = [Action.lineDown, .lineUp].compactMap { keyMap.keys(for: $0).first?.label }.joined(separator: "/")
        if lines.count > visible && !scroll.isEmpty {
            let hint = " \(scroll) scroll "
            frame.put(hint, x: box.maxX - DisplayWidth.columns(hint) - 2, y: box.maxY - 1, maxX: box.maxX, .paneTitle)
        }
    }
}
