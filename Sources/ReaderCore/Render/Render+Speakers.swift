import TranscriptKit

/// The Speakers tab: one line per speaker (share of the words as a bar, the exchanges they speak
/// in as a strip like the Countries tab's), and under the list the selected speaker's figures.
extension ReaderState {
    /// Rows under the list for the selected speaker's figures: a rule with the name and five
    /// lines; none when the sidebar is too short to spare them beside a useful list.
    static func speakerPanelRows(listRows: Int) -> Int { listRows >= 12 ? 6 : 0 }

    /// `  Sergei Lavrov     91% ███████▎ ·████████`
    func drawSpeakerEntry(_ frame: inout Frame, _ index: Int, x: Int, y: Int, maxX: Int, selected: Bool) {
        let stats = speakerStatistics
        guard stats.speakers.indices.contains(index) else { return }
        let s = stats.speakers[index]
        let element: Element = selected ? .sidebarSelected : .sidebar
        if selected { frame.fill(Rect(x: x, y: y, width: maxX - x, height: 1), element) }
        let width = maxX - x
        let exchanges = document.exchanges.count
        // The name matters most; the bar and the strip take what a narrow sidebar can spare.
        let stripWidth = min(exchanges, max(0, width / 5))
        let barWidth = plain ? 0 : min(10, max(0, width / 8))
        let share = stats.share(s)
        let percent = SpeakerStatistics.percent(share)
        let stripStart = maxX - stripWidth
        let barStart = stripStart - (stripWidth > 0 ? 1 : 0) - barWidth
        let percentStart = barStart - (barWidth > 0 ? 1 : 0) - percent.count
        frame.putTruncating(" " + s.name, x: x, y: y, maxX: max(x, percentStart - 1), element)
        frame.put(percent, x: percentStart, y: y, maxX: barStart, element)
        if barWidth > 0 {
            frame.put(SpeakerStatistics.bar(share, width: barWidth), x: barStart, y: y, maxX: barStart + barWidth, selected ? element : .speaker)
        }
        frame.put(strip(of: s.exchanges, width: stripWidth), x: stripStart, y: y, maxX: maxX, selected ? element : .gutter)
    }

    /// Under the list: the selected speaker's name on a rule, then what they did, in words.
    func drawSpeakerPanel(_ frame: inout Frame, _ area: Rect) {
        guard area.height > 0 else { return }
        let stats = speakerStatistics
        frame.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), .border, glyph: decor.rule)
        guard stats.speakers.indices.contains(sidebarSelection) else {
            frame.put(" nobody is named as speaking", x: area.x, y: area.y + 1, maxX: area.maxX, .sidebar)
            return
        }
        let s = stats.speakers[sidebarSelection]
        frame.putTruncating(" \(s.name) ", x: area.x + 1, y: area.y, maxX: area.maxX, .paneTitle)
        for (i, line) in stats.summary(s).prefix(area.height - 1).enumerated() {
            frame.putTruncating(" " + line, x: area.x, y: area.y + 1 + i, maxX: area.maxX, .sidebar)
        }
    }

    /// `··█·███`: each cell one exchange or, for long documents, a run of them.
    func strip(of exchanges: [Int], width: Int) -> String {
        let count = document.exchanges.count
        guard width > 0, count > 0 else { return "" }
        let mentioned = Set(exchanges)
        var strip = ""
        for cell in 0..<width {
            let from = cell * count / width + 1, to = (cell + 1) * count / width
            strip += (from...max(from, to)).contains(where: mentioned.contains) ? decor.mentioned : decor.unmentioned
        }
        return strip
    }
}
