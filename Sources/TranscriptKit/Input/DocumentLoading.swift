extension Document {
    /// Reads, decodes and parses a transcript file (`-` is standard input).
    ///
    /// Throws only for input that is not a readable text file; the message names the file.
    /// - Parameter hashBeside: work out the SHA-256 on another thread while parsing, unless the
    ///   processor hashes in hardware (the reader's first screen waits for both); commands that
    ///   print do it in turn, on one thread.
    public static func load(path: String, format: TranscriptFormat? = nil, overrides: SpeakerOverrides = SpeakerOverrides(),
                            explain: Bool = false, hashBeside: Bool = false) throws(DocumentInput.Failure) -> Document {
        let bytes = try DocumentInput.read(path: path)
        let name = path == "-" ? "standard input" : path
        return try decode(bytes, name: name, format: format, overrides: overrides, explain: explain, hashBeside: hashBeside)
    }

    /// Decodes and parses bytes already in memory, such as the embedded interview.
    public static func decode(_ bytes: [UInt8], name: String, format: TranscriptFormat? = nil,
                              overrides: SpeakerOverrides = SpeakerOverrides(), explain: Bool = false,
                              hashBeside: Bool = false) throws(DocumentInput.Failure) -> Document {
        switch TextDecoding.decode(bytes) {
        case .failure(let failure):
            throw DocumentInput.Failure(name: name, reason: failure.reason)
        case .success(let decoded):
            let sha256 = hashBeside ? SHA256.hexBeside(of: bytes) : { [hex = SHA256.hex(of: bytes)] in hex }
            var document = TranscriptParser.parse(utf8: decoded.utf8, name: name, format: format, sha256: "",
                                                  warnings: decoded.warnings, overrides: overrides, explain: explain)
            document.source.sha256 = sha256()
            return document
        }
    }

    /// The interview compiled into the binary.
    public static func embeddedInterview(overrides: SpeakerOverrides = SpeakerOverrides(), explain: Bool = false,
                                         hashBeside: Bool = false) -> Document {
        let bytes = EmbeddedInterview.bytes
        let sha256 = hashBeside ? SHA256.hexBeside(of: bytes) : { [hex = SHA256.hex(of: bytes)] in hex }
        var document = TranscriptParser.parse(utf8: bytes, name: EmbeddedInterview.name, sha256: "",
                                              overrides: overrides, explain: explain)
        document.source.sha256 = sha256()
        return document
    }
}
