import Foundation
import TranscriptKit
import ReaderCore

/// Theme files and bookmark files on any bytes: a value or an error, never a crash; a
/// bookmarks file that cannot be read is kept aside byte for byte, never overwritten.
///
/// The first byte chooses the reader (theme, bookmarks decoding, the bookmark store); the
/// rest is the file.
enum FileChecks {
    static func violations(_ bytes: [UInt8]) -> [String] {
        guard let selector = bytes.first else { return [] }
        let file = Array(bytes.dropFirst())
        switch selector % 3 {
        case 0: return theme(file)
        case 1: return bookmarksRoundTrip(file)
        default: return store(file)
        }
    }

    /// A theme or an error that names a line of the file.
    static func theme(_ file: [UInt8]) -> [String] {
        let text = String(decoding: file, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        do {
            _ = try ThemeFile.parse(text, file: "fuzz")
            return []
        } catch {
            return (1...lines).contains(error.line) && !error.reason.isEmpty ? [] : ["theme error at line \(error.line) of \(lines)"]
        }
    }

    /// What reads back writes out the same: encode(decode(encode(x))) == encode(x).
    static func bookmarksRoundTrip(_ file: [UInt8]) -> [String] {
        guard let value = BookmarkFile.decode(file) else { return [] }
        let once = value.encoded()
        guard let again = BookmarkFile.decode(once) else { return ["the encoding of a decoded file does not decode"] }
        return again.encoded() == once ? [] : ["encoding is not stable across a round trip"]
    }

    static let document = TranscriptParser.parse("Q: Where?\nA: Here.\n", name: "fuzz")
    static let folder: URL = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return URL(fileURLWithPath: base).appendingPathComponent("colloquy-fuzz-\(getpid())")
    }()

    /// Opening a store whose file holds these bytes, then saving, loses none of them.
    static func store(_ file: [UInt8]) -> [String] {
        let fm = FileManager.default
        try? fm.removeItem(at: folder)
        try? fm.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: folder) }
        let store = BookmarkStore(folder: folder)
        let target = store.url(for: document.source.sha256)
        guard fm.createFile(atPath: target.path, contents: Data(file)) else { return [] }
        let readable = BookmarkFile.decode(file).map { $0.format <= BookmarkFile.currentFormat } ?? false
        var (opened, _) = store.open(document, path: nil)
        opened.bookmarks.append(Bookmark.paragraph(0, in: document))
        guard let saved = try? store.save(opened) else { return ["saving after opening failed"] }
        var found: [String] = []
        if readable {
            let before = Set(BookmarkFile.decode(file)?.bookmarks.map(\.id) ?? [])
            if !before.isSubset(of: Set(saved.bookmarks.map(\.id))) { found.append("bookmarks lost in a save") }
        } else {
            let names = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
            let kept = names.filter { $0.contains(".damaged-") }
                .contains { (try? DocumentInput.read(path: folder.appendingPathComponent($0).path, refusingBinary: false)) == file }
            if !kept { found.append("an unreadable bookmarks file was not kept aside intact") }
        }
        if BookmarkFile.decode((try? DocumentInput.read(path: target.path, refusingBinary: false)) ?? []) == nil {
            found.append("the saved file does not read back")
        }
        return found
    }
}
