extension Document {
    /// The transcript as clean plain text: one paragraph per block, speakers named at each turn.
    public func plainText() -> String {
        var out = ""
        var lastSpeaker: Int? = nil
        for block in blocks {
            if block.kind.isSpeech, let speaker = block.speaker, speaker != lastSpeaker {
                out += "\(participants[speaker].name): \(block.text)\n\n"
            } else if block.kind == .caption {
                out += "[\(block.text)]\n\n"
            } else {
                out += block.text + "\n\n"
            }
            lastSpeaker = block.kind.isSpeech ? block.speaker : lastSpeaker
        }
        return out
    }

    /// Markdown: title, exchanges as headings, speakers in bold, captions in italics.
    public func markdown() -> String {
        var out = "# \(title ?? source.name)\n\n"
        for index in introduction where blocks[index].kind != .title {
            out += markdownParagraph(blocks[index], previous: index > 0 ? blocks[index - 1] : nil)
        }
        for exchange in exchanges {
            out += "## \(exchange.number). \(exchange.title)\n\n"
            for index in exchange.blocks {
                out += markdownParagraph(blocks[index], previous: index > exchange.blocks.lowerBound ? blocks[index - 1] : nil)
            }
        }
        if !backMatter.isEmpty {
            out += "---\n\n"
            for index in backMatter { out += markdownParagraph(blocks[index], previous: nil) }
        }
        return out
    }

    private func markdownParagraph(_ block: Block, previous: Block?) -> String {
        let text = block.text.markdownEscapedStart
        if block.kind == .caption { return "*\(text)*\n\n" }
        if block.kind.isSpeech, let name = speakerName(of: block), previous?.speaker != block.speaker || previous?.kind.isSpeech != true {
            return "**\(name):** \(text)\n\n"
        }
        return text + "\n\n"
    }
}

private extension String {
    /// Keeps a paragraph that starts with `#`, `>` or a list mark from turning into structure.
    var markdownEscapedStart: String {
        guard let first = first, "#>-+*".contains(first) else { return self }
        return "\\" + self
    }
}
