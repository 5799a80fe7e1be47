import TranscriptKit

/// Draws the library: a header, one row per document, the status bar. Pure, as `ReaderState.render`.
extension LibraryState {
    public func render() -> Frame {
        var frame = Frame(width: width, height: height)
        guard width > 0, height > 0 else { return frame }
        if width < ReaderState.minimumWidth || height < 4 {
            frame.fill(Rect(x: 0, y: 0, width: width, height: height), .notice)
            frame.putTruncating("Terminal too small; q quits", x: 0, y: 0, maxX: width, .notice)
            return frame
        }
        if let marks {
            drawMarks(&frame, marks)
            drawStatus(&frame)
            return frame
        }
        if let passageView {
            drawPassages(&frame, passageView)
            drawStatus(&frame)
            return frame
        }
        let columns = Columns(width: width)
        drawHeader(&frame, columns)
        if shown.isEmpty {
            let text = textSearch.map { "(no document has “\($0.query.text)”\($0.searched < $0.documents ? " yet" : ""); Esc ends the search)" }
                ?? (filter.isEmpty ? "(no documents)" : "(no document matches “\(filter)”; Esc clears the filter)")
            frame.putTruncating(text, x: 1, y: 1, maxX: width, .placeholder)
        }
        for row in 0..<min(listRows, max(0, shown.count - scroll)) {
            let index = shown[scroll + row]
            drawEntry(&frame, entries[index], index: index, parsed: indexed[index], y: 1 + row, columns, selected: index == selected)
        }
        drawStatus(&frame)
        if let picker { drawPicker(&frame, picker) }
        if plain, let row = selectedRow { frame.cursor = Frame.Spot(x: 0, y: 1 + row - scroll) }
        return frame
    }

    /// Where each column starts: date, title, participants (left out below 80 columns), exchanges, size.
    struct Columns {
        var date = 1, title = 13, participants: Int?, exchanges: Int, size: Int, end: Int

        init(width: Int) {
            end = width - 1
            size = end - 7
            exchanges = size - 6
            let room = exchanges - 2 - title
            if width >= 80 {
                participants = title + room - room * 2 / 5
            }
        }

        var titleEnd: Int { (participants ?? exchanges) - 2 }
    }

    private func drawHeader(_ frame: inout Frame, _ c: Columns) {
        frame.fill(Rect(x: 0, y: 0, width: width, height: 1), .paneTitle)
        let arrow = plain ? "" : " ↓"
        func name(_ text: String, _ order: Order?) -> String { text + (order == self.order ? arrow : "") }
        frame.put(name("Date", .date), x: c.date, y: 0, .paneTitle)
        frame.put(name("Title", .title), x: c.title, y: 0, .paneTitle)
        if let p = c.participants { frame.put("Participants", x: p, y: 0, .paneTitle) }
        frame.put(textSearch == nil ? "Exch." : " Hits", x: c.exchanges, y: 0, .paneTitle)
        let size = name("Size", .size)
        frame.put(size, x: c.end - DisplayWidth.columns(size), y: 0, .paneTitle)
    }

    private func drawEntry(_ frame: inout Frame, _ entry: LibraryEntry, index: Int, parsed: Bool, y: Int, _ c: Columns, selected: Bool) {
        let base: Element = selected ? .sidebarSelected : .text
        if selected { frame.fill(Rect(x: 0, y: y, width: width, height: 1), base) }
        if selected { frame.put(plain ? ">" : "▸", x: 0, y: y, base) }
        // A date from the file's modification time, not the text, is drawn as a lesser fact.
        frame.put(entry.date ?? "–", x: c.date, y: y, selected || !entry.dateFromFile ? base : .caption)
        frame.putTruncating(entry.title.split(whereSeparator: \.isNewline).joined(separator: " "), x: c.title, y: y, maxX: c.titleEnd, base)
        if let p = c.participants {
            frame.putTruncating(entry.participants.joined(separator: ", "), x: p, y: y, maxX: c.exchanges - 2, selected ? base : .speaker)
        }
        let hits = textSearch?.counts[index]
        let exchanges = hits.map { Self.grouped($0) } ?? (parsed ? String(entry.exchanges) : "…")
        frame.put(exchanges, x: c.exchanges + 5 - DisplayWidth.columns(exchanges), y: y, parsed || hits != nil || selected ? base : .placeholder)
        let size = entry.sizeText
        frame.put(size, x: c.end - DisplayWidth.columns(size), y: y, base)
    }

    private func drawStatus(_ frame: inout Frame) {
        let y = height - 1
        frame.fill(Rect(x: 0, y: y, width: width, height: 1), .status)
        let separator = plain ? "|" : "│"
        var right = " \(LibraryState.grouped(shown.count))/\(LibraryState.grouped(entries.count - dropped.count)) "
        if let p = searchPrompt {
            let end = frame.put((p.isRegex ? "regex search every document: " : "search every document: ") + p.text,
                                x: 0, y: y, maxX: width - 1, .prompt)
            if !plain { frame.put("█", x: end, y: y, maxX: width, .prompt) }
            if plain { frame.cursor = Frame.Spot(x: min(end, width - 1), y: y) }
            return
        }
        if isFiltering {
            // What is typed, and how many documents it keeps.
            let counts = DisplayWidth.columns(right)
            let end = frame.put("filter: " + filter, x: 0, y: y, maxX: max(0, width - counts - 1), .prompt)
            if !plain { frame.put("█", x: end, y: y, maxX: max(0, width - counts), .prompt) }
            if plain { frame.cursor = Frame.Spot(x: min(end, width - 1), y: y) }
            frame.put(right, x: max(0, width - counts), y: y, .status)
            return
        }
        if let s = textSearch, s.searched < s.documents {
            right = " searching \(LibraryState.grouped(s.searched))/\(LibraryState.grouped(s.documents)) \(separator)" + right
        }
        if isIndexing { right = " indexing \(LibraryState.grouped(indexedCount))/\(LibraryState.grouped(entries.count)) \(separator)" + right }
        if width >= 100 {
            right += passageView != nil ? "\(separator) Enter read there  p documents  q quit "
                : textSearch != nil || chosen != nil ? "\(separator) / search  p passages  c country  Enter open  q quit "
                : "\(separator) / search  f filter  o sort  c country  Enter open  q quit "
        }
        let rightWidth = DisplayWidth.columns(right)
        let leftEnd = max(0, width - rightWidth - 1)
        if let message {
            frame.putTruncating(" \(message)", x: 0, y: y, maxX: leftEnd, .statusMessage)
        } else {
            let filtered = filter.isEmpty ? "" : "  filter: \(filter)"
            let mentioning = chosenName.map { "  mentioning \($0)" } ?? ""
            // A search's summary says the most about what is listed; it takes the place of the order.
            let lead = searchSummary ?? "Library, by \(order.rawValue)"
            frame.putTruncating(" \(lead)\(mentioning)\(filtered)", x: 0, y: y, maxX: leftEnd, .status)
        }
        frame.put(right, x: max(0, width - rightWidth), y: y, .status)
    }

    /// `1,000`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }
}
