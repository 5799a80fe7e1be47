#if canImport(Glibc)
import Glibc
#endif

/// Turns transcript text into a `Document`. Never fails: odd input gives warnings.
public enum TranscriptParser {
    /// The text whose lines a document's line numbers count: a web page's as shown (HTML read
    /// as the text it displays, DECISIONS.md), any other input's own.
    public static func numberedText(of document: Document, utf8 original: [UInt8]) -> [UInt8] {
        switch document.source.format {
        case .html: return original.withUnsafeBufferPointer(HTMLText.markdown)
        case .json: return JSONTranscript.read(original)?.text ?? original
        case .csv: return TableTranscript.read(original)?.text ?? original
        default: return original
        }
    }

    /// Parses UTF-8 text. Invalid sequences, if any, are shown as U+FFFD.
    public static func parse(utf8 original: [UInt8], name: String, format: TranscriptFormat? = nil,
                             sha256: String? = nil, warnings: [String] = [],
                             overrides: SpeakerOverrides = SpeakerOverrides(), explain: Bool = false) -> Document {
        if format == .html || (format == nil && original.withUnsafeBufferPointer(HTMLText.looksLikeHTML)) {
            let text = original.withUnsafeBufferPointer(HTMLText.markdown)
            var document = parse(utf8: text, name: name, format: .markdown, sha256: sha256 ?? SHA256.hex(of: original),
                                 warnings: warnings, overrides: overrides, explain: explain)
            document.source.format = .html
            return document
        }
        let (detected, paragraphs, headerTitle, published) = scan(original, format: format)
        let source = Source(name: name, format: detected, sha256: sha256 ?? SHA256.hex(of: original))
        let empty = paragraphs.isEmpty
        // Handed over, not shared: the assembly edits paragraphs in place, and a second
        // reference here would make it copy them all (a fifth of peak memory on short turns).
        var assembly = DocumentAssembly(paragraphs: consume paragraphs, format: detected)
        assembly.overrides = overrides
        assembly.explains = explain
        var document = assembly.document(source: source)
        document.warnings = warnings + document.warnings
        if document.title == nil, detected == .webvtt || detected == .json { document.title = headerTitle }
        if detected == .text || detected == .markdown { document.published = published }
        if original.isEmpty || empty { document.warnings.append("the document is empty") }
        return document
    }

    /// The paragraphs, and what else is read off the lines (a WebVTT header's or a JSON
    /// transcript's title, the front matter's date). The line table, and a court layout's blanked copy, end here,
    /// before the assembly's peak memory.
    private static func scan(_ original: [UInt8], format: TranscriptFormat?)
        -> (TranscriptFormat, [Paragraph], headerTitle: String?, published: String?) {
        // A speech-to-text service's JSON; JSON that holds no utterances is read as text.
        if format == .json || (format == nil && original.withUnsafeBufferPointer(JSONTranscript.mayBeJSON)),
           let reading = JSONTranscript.read(original) {
            return (.json, reading.paragraphs, reading.title, nil)
        }
        // A table of utterances under a header naming its columns; any other table is text.
        if format == .csv || (format == nil && original.withUnsafeBufferPointer(TableTranscript.mayBeTable)),
           let reading = TableTranscript.read(original) {
            return (.csv, reading.paragraphs, nil, nil)
        }
        let lines = SourceLines(original)
        var bytes = original
        var court = false
        original.withUnsafeBufferPointer { buffer in
            if format == nil || format == .text, let margin = CourtLayout.detect(buffer, lines) {
                court = true
                bytes = CourtLayout.blanked(original, lines, margin)
            }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            let detected = format ?? FormatDetection.detect(buffer, lines)
            let paragraphs: [Paragraph]
            switch detected {
            case .text, .json, .csv: paragraphs = TextParagraphs(markdown: false, court: court).scan(buffer, lines)
            case .markdown, .html: paragraphs = TextParagraphs(markdown: true).scan(buffer, lines)
            case .webvtt, .srt: paragraphs = SubtitleParagraphs().scan(buffer, lines)
            }
            let headerTitle = detected == .webvtt ? SubtitleParagraphs.headerTitle(buffer, lines) : nil
            let published = detected == .text || detected == .markdown ? FrontMatter.find(buffer, lines)?.date : nil
            return (detected, paragraphs, headerTitle, published)
        }
    }

    public static func parse(_ text: String, name: String = "text", format: TranscriptFormat? = nil) -> Document {
        parse(utf8: Array(text.utf8), name: name, format: format)
    }
}

/// Recognises the input format from its content.
public enum FormatDetection {
    static func detect(_ b: UnsafeBufferPointer<UInt8>, _ lines: SourceLines) -> TranscriptFormat {
        guard lines.count > 0 else { return .text }
        var first = 0
        while first < lines.count && Bytes.isBlank(b, lines.range(first)) { first += 1 }
        guard first < lines.count else { return .text }
        let head = b[lines.range(first)]
        if head.starts(with: Array("WEBVTT".utf8)) { return .webvtt }
        if head.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), first + 1 < lines.count,
           b[lines.range(first + 1)].contains(UInt8(ascii: ">")),
           CueTiming(String(decoding: UnsafeBufferPointer(rebasing: b[lines.range(first + 1)]), as: UTF8.self)) != nil {
            return .srt
        }
        var signals = 0
        for index in 0..<min(lines.count, 400) {
            let line = b[lines.range(index)]
            if line.starts(with: Array("# ".utf8)) || line.starts(with: Array("## ".utf8))
                || line.starts(with: Array("### ".utf8)) || line.starts(with: Array("*".utf8))
                // `_In her workshop, 2019._`: a paragraph in italics.
                || (line.count > 2 && line.first == UInt8(ascii: "_") && line.last == UInt8(ascii: "_"))
                || line.starts(with: Array("![".utf8)) || line.starts(with: Array("> ".utf8))
                || line.starts(with: Array("- **".utf8))
                || line.starts(with: Array("---".utf8)) && line.allSatisfy({ $0 == UInt8(ascii: "-") })
                // `00:00:03 **Nora Blake:** …`: bold set within the line.
                || holdsBold(line) {
                signals += 1
            }
        }
        return signals >= 2 ? .markdown : .text
    }

    /// A `**` that a later `**` on the line closes. (By bytes: the standard library's generic
    /// `firstRange(of:)` cost more than the rest of a short interview's parse.)
    private static func holdsBold(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: line)
        guard let base = bytes.baseAddress else { return false }
        var pairs = 0
        var i = 0
        while i + 1 < bytes.count, let star = memchr(base + i, Int32(UInt8(ascii: "*")), bytes.count - i - 1) {
            i = UnsafeRawPointer(star).assumingMemoryBound(to: UInt8.self) - base
            if bytes[i + 1] == UInt8(ascii: "*") {
                pairs += 1
                if pairs == 2 { return true }
                i += 2
            } else {
                i += 1
            }
        }
        return false
    }
}
