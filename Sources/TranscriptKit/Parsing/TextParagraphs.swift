/// Splits plain text and Markdown into paragraphs.
///
/// A paragraph ends at a blank line, before a line that starts with a label shape, before
/// Markdown structure, and — in hard-wrapped text — after a line that was not full.
struct TextParagraphs {
    let markdown: Bool
    /// A court reporter's layout (`CourtLayout`): blank lines are spacing, and a deeper
    /// indent starts a paragraph.
    var court = false

    func scan(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> [Paragraph] {
        let wrapWidth = court ? nil : HardWrap.width(b, lines)
        let firstLinesIndented = !court && !markdown && FirstLineIndents.markParagraphs(b, lines)
        var shapes = NameShape.Cache()
        var prefixes = LabelPrefixes()
        // A court page's labels, read once for its indents and kept for the scan, by the byte
        // their line starts at (its lines are the file's own: nothing is unquoted in plain text).
        var courtLabels: [Int: SpeakerLabel] = [:]
        // On a court's page, the key of the last label read: who is speaking.
        var courtSpeaker: String?
        let (bodyIndent, labelIndent, markersColumn) = court
            ? CourtLayout.indents(b, lines) { range in
                guard let label = SpeakerLabel.detect(b, range, markdown: markdown, shapes: &shapes, prefixes: &prefixes) else { return nil }
                courtLabels[range.lowerBound] = label
                return label
            }
            : (0, nil, false)
        // Made at the most there can be, one a line: grown by doubling, the array was held at a
        // size and a half while it moved (the scan's peak memory, for short turns). Where lines
        // join into paragraphs, the room left over is given back below.
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(Self.mostParagraphs(b, lines))
        var current: Paragraph?
        var gap = 0
        var previousLineLength = 0
        var inFence = false
        var pendingTime: String?
        // A rule (or an underline) came since the last paragraph opened.
        var ruled = false
        // Text is gathered in one reused buffer and copied out at its exact size, so
        // paragraphs carry no growth slack (peak memory) and lines cost no reallocations.
        var scratch: [UInt8] = []
        scratch.reserveCapacity(1 << 16)
        var labelScratch: [UInt8] = []
        var labels = SharedLabel.Pool()
        // A text-mode browser's dump numbers its links in the words (`LinkMarkers`).
        let linkReferences = LinkMarkers.listed(b, lines)

        func finish() {
            // Moved out, not copied: a copy was retained and released again for every paragraph.
            if var p = current.take() {
                // (A part's marker, `PART 1 OF 4 ENDS [00:14:04]`, keeps its time: markup.)
                if !p.isMarkup { p.words = max(0, p.words - InlineTimes.strip(&scratch)) }
                LinkMarkers.drop(&scratch, listed: linkReferences)
                var (asks, ideographs, markup) = Bytes.survey(scratch)
                if markup {
                    MarkupDecoding.decode(&scratch)
                    (asks, ideographs, _) = Bytes.survey(scratch)
                }
                p.text = String(decoding: scratch, as: UTF8.self)
                p.asks = asks
                // Chinese and Japanese write no spaces: each ideograph is a word's worth.
                if ideographs > 0 { p.words = max(p.words, ideographs / 2) }
                if markdown { MarkdownText.strip(&p) }
                // `![](photo.jpeg)`: an image with no words to show is no block.
                if !(p.isMarkup && p.label == nil && p.text.isEmpty) { paragraphs.append(p) }
            }
            scratch.removeAll(keepingCapacity: true)
        }

        var startLine = 0
        if let front = FrontMatter.find(b, lines) {
            startLine = front.end
            if let title = front.title {
                var p = Paragraph(firstLine: 1, lastLine: front.end, text: "", gapBefore: 0)
                var bytes = Array(title.utf8)
                MarkupDecoding.decode(&bytes)
                p.setText(bytes)
                p.isMarkup = true
                paragraphs.append(p)
            }
        }
        for index in startLine..<max(startLine, lines.count) {
            var range = lines.range(index)
            if Bytes.isBlank(b, range) {
                if !court { finish() }
                gap += 1
                continue
            }
            // A line of one repeated mark (`#####`, `=====`) underlines a heading or rules.
            if MarkdownText.isUnderline(b, range) { finish(); gap += 1; ruled = true; continue }
            // (`*   *   *`, a section break in plain text too.)
            if !inFence && MarkdownText.isRule(b, range) { finish(); gap += 1; ruled = true; continue }
            if markdown {
                if MarkdownText.isFence(b, range) { inFence.toggle(); finish(); gap += 1; continue }
                if !inFence, let quoted = MarkdownText.unquoted(b, range) { range = quoted }
            }
            // What the line needs of its label, read once: each test of the optional label below
            // copied its strings (a tenth of the scan of short turns).
            var label: SpeakerLabel?
            var labelled = false, standsAlone = false
            var bodyStart = range.lowerBound
            // `Q: why?` opening as the `Q:` lines before it did: their opening, shared at once
            // (not in a court's labels' column, whose labels are also judged by their indent).
            var opening: SharedLabel?
            if pendingTime == nil, labelIndent == nil, let known = prefixes.opening(b, range) {
                (opening, labelled, bodyStart) = (known.shared, true, known.body)
            } else {
                label = court ? courtLabels[range.lowerBound] : SpeakerLabel.detect(b, range, markdown: markdown, shapes: &shapes, prefixes: &prefixes)
                // Out of the labels' column a name and colon is text, unless it names the one
                // speaking already (their label typed again at another indent: never left in
                // their own words).
                // (A deposition's `Q` and `A` make the column; names are set deeper.)
                let isMarker = label?.form.marksQuestionOrAnswer == true
                if let found = label, !found.standsAlone, let labelIndent, abs(CourtLayout.indent(b, range) - labelIndent) > 2,
                   found.form != .colon || found.key != courtSpeaker, isMarker || !markersColumn { label = nil }
                if court, let found = label { courtSpeaker = found.key }
                if let found = label { (labelled, standsAlone, bodyStart) = (true, found.standsAlone, found.bodyOffset) }
            }
            if !labelled && FrontMatter.isBlockIntroducer(b, range) { finish(); continue }
            if !labelled, let timed = TimeLines.timedNote(b, range) {
                // The note opens a paragraph of its own, timed (`[00:00:06] [applause]`).
                finish()
                pendingTime = timed.stamp
                (range, bodyStart) = (timed.note..<range.upperBound, timed.note)
            }
            var timeLine: TimeLines.Kind?
            if !labelled || standsAlone { timeLine = TimeLines.classify(b, range) }
            // `PART 1 OF 4 ENDS [00:18:04]` is a clock marker, not a name above its words.
            if timeLine != nil { (label, labelled, bodyStart) = (nil, false, range.lowerBound) }
            if case .stamp(let stamp) = timeLine {
                // A stamp alone on its line times the paragraph after it and is not text.
                finish()
                pendingTime = stamp
                previousLineLength = 0
                continue
            }
            var structural = markdown && !inFence && MarkdownText.isStructure(b, range) || timeLine == .marker
            let length = wrapWidth == nil ? 0 : Bytes.scalarCount(b, range, cap: 1024)
            let startsNew = current == nil || labelled || structural || current?.isMarkup == true
                || CaptionRules.startsLikeCredit(b, range)
                || (court && CourtLayout.indent(b, range) > bodyIndent + 2)
                || (firstLinesIndented && FirstLineIndents.marks.contains(CourtLayout.indent(b, range)))
                || !court && !HardWrap.continues(previousLength: previousLineLength, width: wrapWidth,
                                       nextFirstWord: HardWrap.firstWordLength(b, range),
                                       nextStartsLowercase: HardWrap.startsLowercase(b, range))
            // What the line gives its paragraph ends where a turn set on the same line begins
            // (`Q: Why? A: Because.`, `InlineAnswer`); that turn is then opened as the line's own.
            var textStart = startsNew ? bodyStart : range.lowerBound
            var opensParagraph = startsNew
            while true {
                var next: SpeakerLabel?
                var textEnd = range.upperBound
                // (The side read off a shared opening, not its label: a copy of the label a line
                // was a tenth of the scan of short turns.)
                if let side = opensParagraph ? (opening.map(\.side) ?? InlineAnswer.side(of: label)) : current?.side,
                   let at = InlineAnswer.split(b, textStart..<range.upperBound, after: side),
                   let found = SpeakerLabel.detect(b, at..<range.upperBound, markdown: markdown, shapes: &shapes, prefixes: &prefixes) {
                    (next, textEnd) = (found, at)
                }
                if opensParagraph {
                    finish()
                    var p = Paragraph(firstLine: index + 1, lastLine: index + 1, text: "", gapBefore: gap, time: pendingTime)
                    if let opening {
                        p.open(with: opening)
                    } else if labelled, let label {
                        labelScratch.removeAll(keepingCapacity: true)
                        Bytes.appendFolded(b, range.lowerBound..<max(range.lowerBound, textStart), to: &labelScratch)
                        let shared = labels.shared(label, text: String(decoding: labelScratch, as: UTF8.self),
                                                   time: label.time ?? pendingTime)
                        p.open(with: shared)
                        prefixes.remember(shared, b, range, body: textStart)
                    }
                    pendingTime = nil
                    (p.followsARule, ruled) = (ruled, false)
                    p.isMarkup = structural && !labelled
                    p.isTopHeading = p.isMarkup && markdown && MarkdownText.isTopHeading(b, range)
                    p.words = Bytes.appendFolded(b, textStart..<textEnd, to: &scratch)
                    current = p
                } else {
                    current?.lastLine = index + 1
                    current?.words += Bytes.appendFolded(b, textStart..<textEnd, to: &scratch)
                }
                guard let next else { break }
                (label, opening, labelled, opensParagraph, gap) = (next, nil, true, true, 0)
                (range, textStart, structural) = (textEnd..<range.upperBound, next.bodyOffset, false)
            }
            gap = 0
            previousLineLength = length
        }
        finish()
        if paragraphs.capacity > 2 * paragraphs.count + 64 {
            var exact: [Paragraph] = []
            exact.reserveCapacity(paragraphs.count)
            exact.append(contentsOf: paragraphs)
            return exact
        }
        return paragraphs
    }

    /// One paragraph for each line that is not blank, and the front matter's title.
    private static func mostParagraphs(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> Int {
        var count = 1
        for index in 0..<lines.count where !Bytes.isBlank(b, lines.range(index)) { count += 1 }
        return count
    }
}

/// Recognises hard-wrapped text (lines broken at a fixed width) so its lines can be joined.
enum HardWrap {
    /// The width the text was wrapped at, or nil when lines are whole paragraphs.
    static func width(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> Int? {
        var histogram = [Int](repeating: 0, count: 122)
        var total = 0
        for index in 0..<lines.count {
            let range = lines.range(index)
            if Bytes.isBlank(b, range) { continue }
            histogram[Bytes.scalarCount(b, range, cap: 121)] += 1
            total += 1
        }
        guard total >= 4 else { return nil }
        let long = histogram[121]
        // Paragraph-per-line text has many lines longer than any terminal.
        guard long * 50 <= total else { return nil }
        let wrappedLooking = histogram[40...120].reduce(0, +)
        guard wrappedLooking * 5 >= total * 2 else { return nil }
        // The 98th percentile of lengths is the wrap width, robust to a few stray lines.
        var seen = 0
        for length in stride(from: 120, through: 0, by: -1) {
            seen += histogram[length]
            if seen * 50 >= total { return length }
        }
        return nil
    }

    /// A line was broken by wrapping when the next line's first word would not have fitted,
    /// or when the next line goes on mid-sentence (starts with a lower-case letter).
    static func continues(previousLength: Int, width: Int?, nextFirstWord: Int, nextStartsLowercase: Bool) -> Bool {
        guard let width else { return false }
        return nextStartsLowercase || previousLength + 1 + nextFirstWord > width - 8
    }

    static func startsLowercase(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        return i < range.upperBound && b[i] >= UInt8(ascii: "a") && b[i] <= UInt8(ascii: "z")
    }

    static func firstWordLength(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        let start = i
        while i < range.upperBound && Bytes.whitespaceLength(b, i, range.upperBound) == 0 { i += 1 }
        return Bytes.scalarCount(b, start..<i)
    }
}
