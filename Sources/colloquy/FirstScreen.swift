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

    /// What the reader opens: text ready to parse, with what names it and keys its bookmarks.
    struct Text: Sendable {
        var utf8: [UInt8]
        var name: String
        /// Worked out beside the rest where the processor has no SHA instructions.
        var sha256: @Sendable () -> String
        var warnings: [String]
    }

    /// What the first frame needs that does not depend on the document, made ready while the
    /// document is parsed.
    struct Prepared {
        var settings: Settings
        var catalog: ThemeCatalog
    }

    static func read(_ arguments: Arguments, overrides: SpeakerOverrides) -> Int32 {
        let format = arguments.inputFormat, explain = arguments.explain
        let parse = { @Sendable (text: Text, utf8: ArraySlice<UInt8>, sha256: String) -> Document in
            TranscriptParser.parse(utf8: Array(utf8), name: text.name, format: format, sha256: sha256,
                                   warnings: text.warnings, overrides: overrides, explain: explain)
        }
        var text: Text?
        var cut: Int?
        let first: Parallel<Document>
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
            cut = previewCut(whole.utf8)
            first = Parallel { [cut] in
                cut.map { parse(whole, whole.utf8[..<$0], "") } ?? parse(whole, whole.utf8[...], whole.sha256())
            }
        } else {
            first = Parallel { Document.embeddedInterview(overrides: overrides, explain: explain) }
        }
        let settings = Config.settings(arguments)
        let prepared = Prepared(settings: settings, catalog: Themes.catalog())
        _ = prepared.catalog.theme(named: settings.themeRequest ?? "default")   // parsed once, kept in the catalog
        _ = settings.keyMap()   // the bindings' tables are built on first use
        guard let terminal = LiveReader.openTerminal() else { return 1 }
        let document: Document
        if let whole = text, cut != nil {
            let sha256 = whole.sha256()
            // Only a first reading is previewed: a returning reader opens where they left,
            // once the whole is read, never on the first page and then elsewhere.
            if isFirstReading(sha256: sha256) {
                draw(first.wait(), prepared, on: terminal)
                TestHooks.holdReading()
            }
            document = terminal.holdingSuspend { parse(whole, whole.utf8[...], sha256) }
        } else {
            document = first.wait()
        }
        let ending = LiveReader.session(document, arguments, path: BookmarkSession.documentPath(arguments.file), on: terminal,
                                        prepared: prepared)
        return LiveReader.finish(ending, terminal)
    }

    /// Why a file cannot be read, as `colloquy: ` then says it.
    struct Refusal: Error, CustomStringConvertible { var description: String }

    /// The file's bytes decoded to UTF-8, with their hash (which names the bookmarks file).
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
            return Text(utf8: decoded.utf8, name: name, sha256: SHA256.hexBeside(of: bytes), warnings: decoded.warnings)
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
    static func draw(_ beginning: Document, _ prepared: Prepared, on terminal: Terminal) {
        let themes = Themes.choose(prepared.settings.themeRequest, from: prepared.catalog)
        var state = ReaderLaunch.startState(beginning, width: terminal.size.width, height: terminal.size.height,
                                            themes: themes, prepared.settings)
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

    deinit { if running { pthread_detach(thread) } }

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
