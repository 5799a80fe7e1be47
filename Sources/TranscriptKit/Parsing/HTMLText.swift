/// A saved web page read as the text it shows, in Markdown's terms so that the Markdown
/// reading takes it from there: paragraphs and headings as blocks, `<strong>` as `**`, the
/// page's title as the first heading when the body has none. What a page shows around a
/// transcript and never says — scripts, styles, navigation, footers, forms, and elements
/// whose class or id names them as advertising, sharing or related links — is left out.
///
/// Line numbers then count lines of this text, not of the page's source (DECISIONS.md).
enum HTMLText {
    /// Whether the text opens like a page: `<!DOCTYPE html>`, `<html` or `<head`.
    static func looksLikeHTML(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
        while i < b.count && (b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09) { i += 1 }
        let head = Array(b[i..<min(b.count, i + 14)]).map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }
        return head.starts(with: "<!doctype html".utf8) || head.starts(with: "<html".utf8) || head.starts(with: "<head".utf8)
    }

    static func markdown(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var page = Page(b)
        page.read()
        return page.finished()
    }

    static let longestTag = 8192
    /// Elements whose whole content is left out.
    static let unseen: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "aside",
                                      "form", "button", "select", "textarea", "head", "object", "canvas", "dialog"]
    /// Elements that end a paragraph where they open and close.
    static let blocks: Set<String> = ["p", "div", "section", "article", "header", "main", "blockquote", "figure", "figcaption",
                                      "ul", "ol", "li", "table", "dl", "pre", "hr", "address", "details",
                                      "summary", "h1", "h2", "h3", "h4", "h5", "h6", "body", "center"]
    static let voids: Set<String> = ["br", "hr", "img", "meta", "link", "input", "source", "track", "wbr", "area", "base",
                                     "col", "embed", "param"]
    /// The page's frame, never left out whatever its class says.
    static let frames: Set<String> = ["html", "body", "main", "article"]
    /// Words in a class or id that mark page chrome (`class="ad-slot"`, `id="share-bar"`).
    static let chrome: Set<String> = ["ad", "ads", "advert", "advertisement", "adslot", "promo", "sponsored", "newsletter",
                                      "share", "sharing", "social", "related", "recommended", "cookie", "cookies",
                                      "comments", "paywall", "subscribe", "breadcrumb", "breadcrumbs", "sidebar", "menu"]

    private struct Page {
        let b: UnsafeBufferPointer<UInt8>
        var out: [UInt8] = []
        var title: [UInt8] = []
        var hasHeading = false
        var i = 0
        var preformatted = 0
        /// Cells opened in the current table row.
        var cells = 0

        init(_ b: UnsafeBufferPointer<UInt8>) {
            self.b = b
            out.reserveCapacity(b.count / 2)
        }

        mutating func read() {
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "<"), let tag = tag(at: i) {
                    i = tag.end
                    handle(tag)
                } else if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                    if preformatted > 0 { out.append(c == 0x0D ? 0x0A : c) } else { space() }
                    i += 1
                } else {
                    out.append(c)
                    i += 1
                }
            }
        }

        struct Tag {
            var name: String
            var closing: Bool
            var selfClosing: Bool
            var end: Int
            var attributes: Slice<UnsafeBufferPointer<UInt8>>
        }

        /// The tag opening at `start`, or nil for a `<` that opens none (`a < b`).
        func tag(at start: Int) -> Tag? {
            var j = start + 1
            guard j < b.count else { return nil }
            // Comments, doctypes and CDATA say nothing.
            if b[j] == UInt8(ascii: "!") || b[j] == UInt8(ascii: "?") {
                if b[j...].starts(with: "!--".utf8) {
                    let close = find("-->", from: j + 3)
                    return Tag(name: "!", closing: false, selfClosing: true, end: close.map { $0 + 3 } ?? b.count, attributes: b[j..<j])
                }
                let close = find(">", from: j)
                return Tag(name: "!", closing: false, selfClosing: true, end: close.map { $0 + 1 } ?? b.count, attributes: b[j..<j])
            }
            let closing = b[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            let nameStart = j
            while j < b.count, Self.isNameByte(b[j]) { j += 1 }
            guard j > nameStart, Self.isLetter(b[nameStart]) else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<j]), as: UTF8.self).lowercased()
            // The tag ends at the first `>` outside a quoted attribute value.
            var quote: UInt8 = 0
            let attributesStart = j
            // A tag is short and holds no `<`: a `<b` never closed is text, and the bytes after
            // it are read once more at most, never again and again to the end of a large file.
            let limit = min(b.count, j + HTMLText.longestTag)
            while j < limit {
                let c = b[j]
                if c == UInt8(ascii: "<") { return nil }
                if quote != 0 { if c == quote { quote = 0 } }
                else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c }
                else if c == UInt8(ascii: ">") { break }
                j += 1
            }
            guard j < limit else { return nil }
            let selfClosing = j > attributesStart && b[j - 1] == UInt8(ascii: "/")
            return Tag(name: name, closing: closing, selfClosing: selfClosing, end: min(b.count, j + 1),
                       attributes: b[attributesStart..<min(j, b.count)])
        }

        mutating func handle(_ tag: Tag) {
            guard tag.name != "!" else { return }
            if !tag.closing && !tag.selfClosing && !HTMLText.voids.contains(tag.name)
                && (HTMLText.unseen.contains(tag.name) || (!HTMLText.frames.contains(tag.name) && isChrome(tag.attributes))) {
                if tag.name == "head" { readTitle(until: "head") } else { skip(tag.name) }
                return
            }
            if tag.name == "title" && !tag.closing { readTitle(until: "title"); return }
            switch tag.name {
            case "br": newline()
            case "strong", "b": out += "**".utf8
            case "em", "i": out += "*".utf8
            case "pre": tag.closing ? (preformatted = max(0, preformatted - 1)) : (preformatted += 1); paragraph()
            // A table of turns (`<td>Name</td><td>words</td>`) reads as columns; a definition
            // list of them (`<dt>Name</dt><dd>words</dd>`) as names above their words.
            case "tr": paragraph(); cells = 0
            case "td", "th":
                if !tag.closing {
                    if cells > 0 { while out.last == 0x20 { out.removeLast() }; out.append(0x09) }
                    cells += 1
                }
            case "dt": tag.closing ? newline() : paragraph()
            case "dd": if tag.closing { paragraph() }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                paragraph()
                if !tag.closing {
                    hasHeading = hasHeading || tag.name == "h1"
                    out += Array(repeating: UInt8(ascii: "#"), count: Int(tag.name.utf8.last! - 0x30)) + [0x20]
                }
            default:
                if HTMLText.blocks.contains(tag.name) { paragraph() }
            }
        }

        /// `class="ad-slot top"`, `id="share"`: the words of the class and id attributes.
        func isChrome(_ attributes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            guard !attributes.isEmpty else { return false }
            let text = String(decoding: attributes, as: UTF8.self).lowercased()
            for attribute in ["class=", "id="] {
                var rest = text[...]
                while let found = rest.range(of: attribute) {
                    // `data-id=` is not `id=`.
                    let before = found.lowerBound == rest.startIndex ? " " : rest[rest.index(before: found.lowerBound)]
                    rest = rest[found.upperBound...]
                    guard before == " " || before == "\t" || before == "\n", let quote = rest.first, quote == "\"" || quote == "'",
                          let close = rest.dropFirst().firstIndex(of: quote) else { continue }
                    // Each class's first word (`ad-slot`, `share-bar`): `has-sidebar` on a
                    // wrapper around the article is no sidebar.
                    let value = rest[rest.index(after: rest.startIndex)..<close]
                    for name in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                        if let first = name.split(whereSeparator: { !$0.isLetter }).first, HTMLText.chrome.contains(String(first)) {
                            return true
                        }
                    }
                }
            }
            return false
        }

        /// Past the element's end, nested elements of the same name counted.
        mutating func skip(_ name: String) {
            var depth = 1
            while i < b.count {
                guard let open = find("<", from: i) else { i = b.count; return }
                i = open + 1
                guard let tag = tag(at: open) else { continue }
                i = tag.end
                // Scripts and styles hold no elements: only their own end counts.
                if name == "script" || name == "style" { if tag.closing && tag.name == name { return } else { continue } }
                guard tag.name == name else { continue }
                if tag.closing { depth -= 1 } else if !tag.selfClosing { depth += 1 }
                if depth == 0 { return }
            }
        }

        /// The page's title, kept in case the body has no top heading; the rest of the head is skipped.
        mutating func readTitle(until end: String) {
            while i < b.count {
                guard let open = find("<", from: i) else { i = b.count; return }
                if end == "title" { appendTitle(b[i..<open]) }
                i = open + 1
                guard let tag = tag(at: open) else { continue }
                i = tag.end
                if tag.name == "title" && !tag.closing && end == "head" { readTitle(until: "title"); continue }
                if tag.name == "script" || tag.name == "style" { if !tag.closing && !tag.selfClosing { skip(tag.name) }; continue }
                if tag.closing && tag.name == end { return }
                // A page that never closes its head goes on into the body.
                if end == "head" && tag.name == "body" { return }
            }
        }

        mutating func appendTitle(_ text: Slice<UnsafeBufferPointer<UInt8>>) {
            for c in text {
                if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                    if let last = title.last, last != 0x20 { title.append(0x20) }
                } else {
                    title.append(c)
                }
            }
        }

        func find(_ needle: String, from start: Int) -> Int? {
            let n = Array(needle.utf8)
            var j = start
            while j + n.count <= b.count {
                if b[j] == n[0] && b[j..<(j + n.count)].elementsEqual(n) { return j }
                j += 1
            }
            return nil
        }

        mutating func space() {
            if let last = out.last, last != 0x20 && last != 0x0A && last != 0x09 { out.append(0x20) }
        }

        mutating func newline() {
            while out.last == 0x20 { out.removeLast() }
            out.append(0x0A)
        }

        mutating func paragraph() {
            while out.last == 0x20 { out.removeLast() }
            guard !out.isEmpty else { return }
            if out.last != 0x0A { out.append(0x0A) }
            if out.count < 2 || out[out.count - 2] != 0x0A { out.append(0x0A) }
        }

        /// The title first when no heading gave one; lines stripped; runs of blank lines made one.
        consuming func finished() -> [UInt8] {
            var text: [UInt8] = []
            text.reserveCapacity(out.count + title.count + 4)
            // A site's separator left before a title with no site name (` - WILDFIRE SMOKE…`).
            var shown = title[...]
            while let c = shown.first, c == 0x20 || c == UInt8(ascii: "-") || c == UInt8(ascii: "|") || c == UInt8(ascii: ":") {
                shown = shown.dropFirst()
            }
            if !hasHeading, !shown.isEmpty {
                text += "# ".utf8
                text += shown
                text += [0x0A, 0x0A]
            }
            var blankRun = 0
            for line in out.split(separator: 0x0A, omittingEmptySubsequences: false) {
                var slice = line[...]
                while slice.first == 0x20 { slice = slice.dropFirst() }
                while slice.last == 0x20 { slice = slice.dropLast() }
                if slice.isEmpty { blankRun += 1; if blankRun > 1 || text.isEmpty { continue } } else { blankRun = 0 }
                text += slice
                text.append(0x0A)
            }
            while text.count >= 2 && text[text.count - 1] == 0x0A && text[text.count - 2] == 0x0A { text.removeLast() }
            return text
        }

        static func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        static func isNameByte(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") }
    }
}
