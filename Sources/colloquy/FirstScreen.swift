import Foundation
import ReaderCore
import TerminalBackend
import TranscriptKit

/// How the live reader starts, so that text is on screen about as soon as `less` shows it.
///
/// The document is parsed on a second thread while this one reads the settings and sets up the
/// terminal. A long transcript read for the first time opens on a preview: its beginning (up to
/// a blank line after `previewLength` bytes) parsed and drawn with `reading…` in the status bar,
/// then the whole parsed; keys typed meanwhile wait in the terminal and act on the whole. A
/// document with bookmarks saved is not previewed: it opens where its reader left it, at once,
/// never on the first page and then somewhere else.
enum FirstScreen {
    /// The preview ends at the first blank line after this many bytes of text: enough for the
    /// first exchange and a screen of its answer after any usual introduction.
    static let previewLength = 64 << 10
    /// Only text at least this long is previewed: below it the whole parses about as fast.
    static let previewAbove = 2 * previewLength

    /// What the reader opens: text ready to parse, with what names and keys it.
    struct Text: Sendable {
        var utf8: [UInt8]
        var name: String
        var sha256: String
        var warnings: [String]
    }

    static func read(_ arguments: Arguments, overrides: SpeakerOverrides) -> Int32 {
        let format = arguments.inputFormat, explain = arguments.explain
        let parse = { @Sendable (text: Text, utf8: ArraySlice<UInt8>) -> Document in
            TranscriptParser.parse(utf8: Array(utf8), name: text.name, format: format, sha256: text.sha256,
                                   warnings: text.warnings, overrides: overrides, explain: explain)
        }
        let path = BookmarkSession.documentPath(arguments.file)
        var text: Text?
        let first: Parallel<Document>
        var preview = false
        if let file = arguments.file ?? (StandardInput.isTerminal ? nil : "-") {
            // Read and decoded here, so that a file that is not text is refused before the
            // terminal changes.
            let whole: Text
            do {
                whole = try load(file)
            } catch {
                Output.error("colloquy: \(error.description)")
                return 1
            }
            text = whole
            let cut = previewCut(whole.utf8).flatMap { isFirstReading(sha256: whole.sha256) ? $0 : nil }
            preview = cut != nil
            first = Parallel { parse(whole, whole.utf8[..<(cut ?? whole.utf8.count)]) }
        } else {
            first = Parallel { Document.embeddedInterview(overrides: overrides, explain: explain) }
        }
        let settings = Config.settings(arguments)
        guard let terminal = LiveReader.openTerminal() else { return 1 }
        var document = first.wait()
        if preview, let whole = text {
            draw(document, settings: settings, on: terminal)
            document = terminal.holdingSuspend {
                TestHooks.holdReading()
                return parse(whole, whole.utf8[...])
            }
        }
        let ending = LiveReader.session(document, arguments, path: path, on: terminal, settings: settings)
        return LiveReader.finish(ending, terminal)
    }

    /// Why a file cannot be read, as `colloquy: ` then says it.
    struct Refusal: Error, CustomStringConvertible { var description: String }

    /// The file's bytes decoded to UTF-8, and their hash (which names its bookmarks).
    static func load(_ file: String) throws(Refusal) -> Text {
        let bytes: [UInt8]
        do {
            bytes = try DocumentInput.read(path: file)
        } catch {
            throw Refusal(description: error.description)
        }
        let name = file == "-" ? "standard input" : file
        switch TextDecoding.decode(bytes) {
        case .failure(let failure):
            throw Refusal(description: "\(name): \(failure.reason)")
        case .success(let decoded):
            return Text(utf8: decoded.utf8, name: name, sha256: SHA256.hex(of: bytes), warnings: decoded.warnings)
        }
    }

    /// Where the preview of a long text ends: after the first blank line (or, failing one, the
    /// first line end) past `previewLength`; nil when the text is too short to be worth it.
    static func previewCut(_ utf8: [UInt8]) -> Int? {
        guard utf8.count >= previewAbove else { return nil }
        var lineEnd: Int?
        var i = previewLength
        while i < utf8.count - previewLength {
            if utf8[i] == 0x0A {
                var next = i + 1
                while next < utf8.count, utf8[next] == 0x20 || utf8[next] == 0x09 || utf8[next] == 0x0D { next += 1 }
                if next < utf8.count, utf8[next] == 0x0A { return next + 1 }
                if lineEnd == nil { lineEnd = i + 1 }
            }
            i += 1
        }
        return lineEnd
    }

    /// No bookmarks file holds this text's position or bookmarks (a returning reader's does;
    /// `--no-resume` keeps the bookmarks, so it counts too).
    static func isFirstReading(sha256: String) -> Bool {
        let store = BookmarkStore(folder: BookmarkStore.standardFolder(environment: Environment.folders))
        return !FileManager.default.fileExists(atPath: store.url(for: sha256).path)
    }

    /// The preview's one frame: the start state `render` would give the beginning, saying it
    /// is still reading.
    static func draw(_ beginning: Document, settings: Settings, on terminal: Terminal) {
        let themes = Themes.choose(settings.themeRequest)
        var state = ReaderLaunch.startState(beginning, width: terminal.size.width, height: terminal.size.height,
                                            themes: themes, settings)
        state.entityIndex.buildOnlyInBackground()
        state.notify("reading…")
        let theme = themes.1
        terminal.draw(state.render(), theme: Themes.noColour ? theme.withoutColour : theme)
    }
}

/// Work run on its own thread from the moment it is made; `wait` returns its result.
final class Parallel<T>: @unchecked Sendable {
    private final class Slot: @unchecked Sendable { var value: T? }
    private let slot = Slot()
    private var thread = pthread_t()
    private var running = false

    init(_ work: @escaping @Sendable () -> T) {
        let slot = self.slot
        let job = Unmanaged.passRetained(ThreadJob { slot.value = work() }).toOpaque()
        running = pthread_create(&thread, nil, { raw in
            Unmanaged<ThreadJob>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, job) == 0
        if !running {   // no thread to be had: do it here
            Unmanaged<ThreadJob>.fromOpaque(job).release()
            slot.value = work()
        }
    }

    func wait() -> T {
        if running {
            pthread_join(thread, nil)
            running = false
        }
        return slot.value!
    }
}

private final class ThreadJob {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}
