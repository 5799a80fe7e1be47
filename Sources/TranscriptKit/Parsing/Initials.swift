/// `AH:` and `MC:` under a heading `ANDREW HALE SHOW` and a welcome to `the Energy Secretary,
/// Maria Costa`: broadcasters and oral histories label turns by initials after naming the
/// people once. A label of two or three capitals is the one full name in the document's
/// opening that it abbreviates; with none, or with two candidates, it stays as written.
enum Initials {
    /// How much of the document's opening is searched for the full names.
    static let openingBytes = 4096

    static func resolve(_ paragraphs: inout [Paragraph]) {
        var wanted: Set<String> = []
        // Paragraphs opening alike share one label object: one judged among the last few is
        // not judged again (every turn's label was copied and measured here).
        var judged: [SharedLabel] = []
        for p in paragraphs {
            guard let object = p.opening, object.hasLabel, !judged.contains(where: { $0 === object }) else { continue }
            if judged.count == 8 { judged.removeFirst() }
            judged.append(object)
            if let letters = letters(of: object.label.unsafelyUnwrapped.name) { wanted.insert(letters) }
        }
        guard !wanted.isEmpty else { return }
        var names: [String: Set<String>] = [:]
        var shown: [String: String] = [:]
        var read = 0
        for p in paragraphs where read < openingBytes {
            for text in [p.label?.name ?? "", p.text] where !text.isEmpty {
                read += text.utf8.count
                for name in fullNames(in: text, lengths: 2...3) {
                    guard let letters = letters(ofName: name), wanted.contains(letters) else { continue }
                    let key = name.uppercased()
                    names[letters, default: []].insert(key)
                    // Shown as the text writes it in mixed case (`Maria Costa`), else as found.
                    if shown[key] == nil || shown[key] == key { shown[key] = name }
                }
            }
        }
        for index in paragraphs.indices {
            guard let label = paragraphs[index].label, let letters = letters(of: label.name),
                  let found = names[letters], found.count == 1, let key = found.first else { continue }
            paragraphs[index].label?.name = shown[key] ?? key
            paragraphs[index].label?.key = key
            paragraphs[index].label?.genericRole = nil
        }
    }

    /// `AH`, `M.C.`: two or three capitals and nothing else.
    static func letters(of label: String) -> String? {
        // Every label of every turn comes here: a longer name is judged by its length alone.
        guard label.utf8.count <= 6 else { return nil }
        let letters = label.filter { $0 != "." }
        guard (2...3).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        return letters
    }

    private static func letters(ofName name: String) -> String? {
        String(name.split(separator: " ").compactMap(\.first)).uppercased()
    }

    /// Runs of two or three capitalised words (`Maria Costa`, `ANDREW HALE`), none a title
    /// (`Dr Reed` is not `DR`), the run unbroken by punctuation.
    static func fullNames(in text: String, lengths: ClosedRange<Int>) -> [String] {
        let words = text.split(separator: " ")
        var names: [String] = []
        for start in words.indices {
            for length in lengths where start + length <= words.count {
                var parts: [Substring] = []
                for (offset, word) in words[start..<(start + length)].enumerated() {
                    let bare = offset == length - 1 ? word.trimmingPunctuation : word
                    guard bare.count >= 2, bare.first?.isUppercase == true, bare.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }),
                          offset > 0 || !NameShape.titles.contains(bare.uppercased()) else { break }
                    parts.append(bare)
                }
                if parts.count == length { names.append(parts.joined(separator: " ")) }
            }
        }
        return names
    }
}
