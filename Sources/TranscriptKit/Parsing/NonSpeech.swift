/// Rules that recognise photo captions and credits among unlabelled paragraphs.
///
/// Scraped interviews interleave captions with the answer they illustrate; left alone they
/// would read as part of the answer. Each rule looks at the paragraph's own text, never at
/// names from a particular document.
enum CaptionRules {
    /// Captions are short; a long paragraph is speech whatever it contains.
    static let maxBytes = 600

    /// A line that opens with a credit mark (`©`, `(c)`, `Photo:`) always starts a paragraph.
    static func startsLikeCredit(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        return i + 1 < range.upperBound && b[i] == 0xC2 && b[i + 1] == 0xA9
    }

    /// Strong evidence: a credit opening or a credit in parentheses.
    static func isCredited(_ text: [UInt8]) -> Bool {
        guard text.count <= maxBytes else { return false }
        let lower = String(decoding: text, as: UTF8.self).lowercased()
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") { return true }
        for opener in ["photo:", "photo by", "photograph:", "image:", "picture:", "credit:", "photo credit",
                       "pictured:", "photo courtesy", "file photo"] where lower.hasPrefix(opener) {
            return true
        }
        return creditParenthetical(lower)
    }

    /// `(AP Photo, File)`, `(Sputnik News)`, `(© PHOTO : …)`, `(@Agency—NAME)`.
    static func creditParenthetical(_ lower: String) -> Bool {
        var rest = lower[...]
        while let open = rest.firstIndex(of: "(") {
            guard let close = rest[open...].firstIndex(of: ")") else { return false }
            let inner = rest[rest.index(after: open)..<close]
            if inner.contains("©") || inner.contains("@") { return true }
            let words = inner.split(whereSeparator: { !$0.isLetter })
            if words.contains(where: { creditWords.contains(String($0)) }) { return true }
            rest = rest[rest.index(after: close)...]
        }
        return false
    }

    static let creditWords: Set<String> = [
        "photo", "photos", "photograph", "photographer", "news", "file", "image", "images", "getty", "reuters",
        "afp", "ap", "epa", "tass", "courtesy", "credit", "pool", "shutterstock", "xinhua", "ria",
    ]

    /// `(Laughter.)`, `[inaudible]`, `(The briefing was concluded at 2:14 p.m.)`.
    static func isStageDirection(_ text: [UInt8]) -> Bool {
        guard text.count >= 3, text.count <= 300, let first = text.first, let last = text.last else { return false }
        let closes = first == UInt8(ascii: "(") && last == UInt8(ascii: ")")
            || first == UInt8(ascii: "[") && last == UInt8(ascii: "]")
        let inner = text.dropFirst().dropLast()
        return closes && !inner.contains(UInt8(ascii: "(")) && !inner.contains(UInt8(ascii: "["))
    }

    /// Weaker evidence: `Name and Name: comment`, the kicker style of editors' captions.
    static func hasKicker(_ text: [UInt8]) -> Bool {
        guard text.count <= 300, let colon = text.prefix(64).firstIndex(of: UInt8(ascii: ":")),
              colon + 1 < text.count, text[colon + 1] == 0x20 else { return false }
        let head = String(decoding: text[..<colon], as: UTF8.self)
        let words = head.split(separator: " ")
        guard (1...6).contains(words.count), words.first?.first?.isUppercase == true else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || ["and", "&", "with", "of", "the"].contains($0) }
    }
}

/// Site furniture: share pleas, licence lines, donation appeals, navigation, shortcodes.
enum FurnitureRules {
    static let maxBytes = 400

    static func isFurniture(_ text: [UInt8]) -> Bool {
        guard !text.isEmpty, text.count <= maxBytes else { return false }
        // WordPress-style shortcodes: `[post-views]`.
        if text.first == UInt8(ascii: "["), text.last == UInt8(ascii: "]"), !text.contains(0x20) { return true }
        let lower = String(decoding: text, as: UTF8.self).lowercased()
        return phrases.contains { lower.contains($0) }
    }

    static let phrases: [String] = [
        "licensed under", "creative commons", "all rights reserved", "share this", "share with",
        "please share", "subscribe to", "subscribe now", "donate", "donation", "sign up for", "newsletter",
        "follow us", "click here", "read more", "about the author", "related articles", "related posts",
        "advertisement", "sponsored content", "cookie", "terms of use", "privacy policy", "qr code",
        "button below", "in your language", "support our work", "leave a comment",
        "comments are closed", "reprinted with permission", "originally published",
    ]
}
