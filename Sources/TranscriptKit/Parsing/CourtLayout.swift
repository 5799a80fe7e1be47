/// The court reporter's page: every line numbered in a margin (1 to 25), page numbers on
/// lines of their own, double spacing, and a new paragraph shown by a deeper indent rather
/// than a blank line (hearings, floor debates, depositions). The margin is blanked out in
/// place, so byte offsets and line numbers stay those of the file.
enum CourtLayout {
    /// How the margin's numbers stand apart from the text.
    enum Margin {
        /// `  12      text`: two blanks or more, as a reporter's pages are set.
        case spaced
        /// `12 text`: one blank, as a page copied without its layout gives them. Believed only
        /// where the numbers count up line by line (1, 2, 3… from 1 again on each page): a
        /// number opening a line of prose does not.
        case tight
    }

    /// How most lines carry a margin number, or nil where they do not.
    static func detect(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> Margin? {
        var text = 0, numbered = 0, counted = 0
        var last = 0
        for index in 0..<min(lines.count, 3000) {
            let range = lines.range(index)
            if Bytes.isBlank(b, range) { continue }
            text += 1
            if marginNumber(b, range, .spaced) != nil { numbered += 1 }
            if let digits = marginNumber(b, range, .tight), digits.count <= 2 {
                let n = digits.reduce(0) { $0 * 10 + Int(b[$1] - 0x30) }
                if n == last + 1 || (n == 1 && last > 1) { counted += 1 }
                last = n
            }
        }
        guard text >= 20 else { return nil }
        if numbered * 10 >= text * 6 { return .spaced }
        return counted * 10 >= text * 6 ? .tight : nil
    }

    /// The bytes with margin numbers and page-number lines turned to spaces.
    static func blanked(_ bytes: [UInt8], _ lines: SourceLines, _ margin: Margin) -> [UInt8] {
        var out = bytes
        bytes.withUnsafeBufferPointer { b in
            for index in 0..<lines.count {
                let range = lines.range(index)
                if let digits = marginNumber(b, range, margin) {
                    for i in digits { out[i] = 0x20 }
                }
            }
        }
        return out
    }

    /// The indent most lines of running text start at: body text; deeper starts a paragraph.
    /// Lines that open with a label are left out: where each turn's first line hangs out to the
    /// left of its continuations (`Q.  Could you…` over `    turn to page 5`), short turns
    /// would otherwise make the label's indent the body's, and every continuation a paragraph.
    /// Also the indent most labelled lines start at: reporters set every turn's label in one
    /// column, so a name and colon that wrapping brought to the start of a line anywhere else
    /// (`GERMANY: 30 per cent` inside an answer) is text. Where that column is mostly `Q` and `A`
    /// (a deposition), counsel's names are set deeper (`MS. VANCE:  Objection to form.`):
    /// `markers` says so, and names are then believed at any indent.
    static func indents(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines,
                        label: (Range<Int>) -> SpeakerLabel?) -> (body: Int, label: Int?, markers: Bool) {
        var histogram = [Int](repeating: 0, count: 81), labelled = [Int](repeating: 0, count: 81)
        var markers = [Int](repeating: 0, count: 81)
        for index in 0..<lines.count {
            let range = lines.range(index)
            if Bytes.isBlank(b, range) { continue }
            let column = min(80, indent(b, range))
            if let found = label(range) {
                labelled[column] += 1
                if found.form.marksQuestionOrAnswer { markers[column] += 1 }
            } else {
                histogram[column] += 1
            }
        }
        let body = histogram.indices.max { histogram[$0] < histogram[$1] } ?? 0
        guard let label = labelled.indices.max(by: { labelled[$0] < labelled[$1] }), labelled[label] > 0 else { return (body, nil, false) }
        return (body, label, markers[label] * 2 > labelled[label])
    }

    static func indent(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        var width = 0
        while i < range.upperBound && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0C) {
            width += b[i] == 0x09 ? 8 - width % 8 : (b[i] == 0x20 ? 1 : 0)
            i += 1
        }
        return width
    }

    /// The digits of `  12      text` (1 or 2 digits, then two blanks or the line's end; one
    /// blank in a tight margin), or of a line holding nothing but a page number.
    private static func marginNumber(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ margin: Margin) -> Range<Int>? {
        var i = range.lowerBound
        while i < range.upperBound && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0C) { i += 1 }
        let start = i
        while i < range.upperBound && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        let digits = i - start
        guard digits > 0 else { return nil }
        var end = range.upperBound
        while end > i && (b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0D) { end -= 1 }
        if i == end { return digits <= 5 ? start..<i : nil }   // a page number alone
        guard digits <= 2, i + 1 < range.upperBound, b[i] == 0x20 || b[i] == 0x09 else { return nil }
        guard margin == .tight || b[i + 1] == 0x20 || b[i + 1] == 0x09 || b[i] == 0x09 else { return nil }
        return start..<i
    }
}
