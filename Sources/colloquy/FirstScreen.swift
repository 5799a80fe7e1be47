import Foundation
import ReaderCore
import TerminalBackend
import TranscriptKit

/// How the live reader starts, so that text is on screen about as soon as `less` shows it.
///
/// The document is parsed on a second thread while this one reads the settings and sets up the
/// terminal. A transcript of more than a few pages read for the first time (the embedded
/// interview too) opens on a preview: its first `firstLength` bytes (to a blank line) parsed
/// and drawn with `reading…` in the status bar if they hold enough, else up to a blank line
/// after `previewLength` bytes, then the whole decoded and parsed; keys typed meanwhile wait in
/// the terminal and act on the whole (a whole that decoding refuses, binary past the first
/// 4 KB, ends the screen with the error). A document read before is not previewed (unless
/// `--no-resume`): it opens where its reader left it, once read whole, never on the first page
/// and then somewhere else.
enum FirstScreen {
    /// The preview ends at the first blank line after this many bytes of text: enough for the
    /// first exchange and a screen of its answer after any usual introduction.
    static let previewLength = 64 << 10
    /// Only text at least this long is previewed: below it the whole parses about as fast.
    /// (The embedded interview, 47 KB, parses in twice the instructions of its first 16 KB,
    /// the longer path to its first frame.)
    static let previewAbove = 32 << 10
    /// The preview is first made from this much (to the first blank line after it): its parse,
    /// the longer path to the first frame, takes half the instructions of `previewLength`'s.
    /// It is drawn if it holds `firstExchanges`, so that the exchange the reader opens on, and
    /// the one after it, are whole; else the preview is made from `previewLength` after all
    /// (or, for a text no longer than that, the whole is parsed there and then, only once).
    static let firstLength = 16 << 10
    static let firstExchanges = 3
    /// A file's first this many bytes are read before the rest, for its preview to start.
    static let beginningLength = 128 << 10

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
        // The named file, standard input when it is a pipe, or (nil) the embedded interview, which
        // is read as text whatever `--format` says, as other commands read it.
        let file = arguments.file ?? (StandardInput.isTerminal ? nil : "-")
        let format = file == nil ? nil : arguments.inputFormat, explain = arguments.explain
        let parse = { @Sendable (text: Text, utf8: ArraySlice<UInt8>, sha256: String) -> Document in
            TranscriptParser.parse(utf8: Array(utf8), name: text.name, format: format, sha256: sha256,
                                   warnings: text.warnings, overrides: overrides, explain: explain)
        }
        // The beginning of a text (cut by `beginningCut`), decoded and parsed on its own thread:
        // its first part if that holds enough to draw, else all of it (which may be the whole text).
        func parsing(_ beginning: [UInt8], total: Int, name: String) -> Parallel<Beginning?> {
            let first = previewCut(beginning, total: total, length: firstLength)
            return Parallel {
                func parsed(_ bytes: [UInt8]) -> Document? {
                    (try? decode(bytes, name: name, sha256: { "" }).get()).map { parse($0, $0.utf8[...], "") }
                }
                if let first, let shorter = parsed(Array(beginning[..<first])), shorter.exchanges.count >= firstExchanges {
                    return .preview(shorter)
                }
                return parsed(beginning).map { beginning.count < total ? .preview($0) : .whole($0) }
            }
        }
        // With no position to return to (`--no-resume`), or no bookmarks folder at all (a reader
        // who would resume has nothing to resume), the preview wants no hash.
        let unhashed = !arguments.resume || noBookmarksYet()
        // What the first frame needs besides the document, made once: while the document is
        // parsed, and for a previewed text before its rest is read.
        var started: (prepared: Prepared, terminal: Terminal?)?
        func start() -> (prepared: Prepared, terminal: Terminal?) {
            if let started { return started }
            let settings = Config.settings(arguments)
            let prepared = Prepared(settings: settings, catalog: Themes.catalog())
            _ = prepared.catalog.theme(named: settings.themeRequest ?? "default")   // parsed once, kept in the catalog
            _ = settings.keyMap()   // the bindings' tables are built on first use
            started = (prepared, LiveReader.openTerminal())
            return started!
        }
        /// Says why the text cannot be read, the terminal given back first if it was started.
        func refuse(_ description: String) -> Int32 {
            started?.terminal?.stop()
            Output.error("colloquy: \(description)")
            return 1
        }
        let opening: Opening
        var previewed = false
        if let file {
            let name = file == "-" ? "standard input" : file
            // The beginning is decoded and parsed on its own; the whole is decoded after the
            // preview is drawn (a few million instructions a megabyte off the first screen),
            // so a file whose first 4 KB looked like text but whose whole is refused ends the
            // screen with the error (see `read`'s `.preview` case).
            // A file's size is known when it is opened: once its first 128 KB are read, the
            // beginning's thread starts, where the cut can be told from those bytes alone. With
            // no hash wanted, the preview is drawn before the rest is read (a megabyte's
            // reading, its page faults most, is about a millisecond); Ctrl-Z waits for the
            // reading to end.
            var early: (cut: Int, parsing: Parallel<Beginning?>)?
            let read = Terminal.holdingSuspend { () -> Result<[UInt8], DocumentInput.Failure> in
                do throws(DocumentInput.Failure) {
                    return .success(try DocumentInput.read(path: file, beginningLength: beginningLength) { beginning, total in
                        guard let total, let cut = beginningCut(beginning, total: total) else { return }
                        let beginning = parsing(Array(beginning[..<cut]), total: total, name: name)
                        early = (cut, beginning)
                        guard unhashed, let terminal = start().terminal, case .preview(let preview)? = beginning.wait() else { return }
                        draw(preview, start().prepared, on: terminal)
                        previewed = true
                    })
                } catch {
                    return .failure(error)
                }
            }
            let bytes: [UInt8]
            switch read {
            case .success(let read): bytes = read
            case .failure(let error): return refuse(error.description)
            }
            if let cut = beginningCut(bytes, total: bytes.count) {
                // The whole is hashed only when its hash is wanted (0.7 ms a megabyte, even on
                // the processor's SHA instructions): before the preview only to tell a returning
                // reader, else after it is drawn. A file that changed size while read is cut
                // again from what was read (unless its beginning is on screen already).
                let beginning = early.flatMap { previewed || $0.cut == cut ? $0.parsing : nil }
                    ?? parsing(Array(bytes[..<cut]), total: bytes.count, name: name)
                opening = .preview(beginning, bytes, name, hashFirst: !unhashed)
            } else {
                let sha256 = SHA256.hexBeside(of: bytes)
                let whole: Text
                switch decode(bytes, name: name, sha256: sha256) {
                case .success(let text): whole = text
                case .failure(let refusal): return refuse(refusal.description)
                }
                opening = .whole(Parallel { parse(whole, whole.utf8[...], whole.sha256()) })
            }
        } else {
            let bytes = EmbeddedInterview.bytes, name = EmbeddedInterview.name
            if let cut = beginningCut(bytes, total: bytes.count) {
                opening = .preview(parsing(Array(bytes[..<cut]), total: bytes.count, name: name), bytes, name, hashFirst: !unhashed)
            } else {
                opening = .whole(Parallel { Document.embeddedInterview(overrides: overrides, explain: explain) })
            }
        }
        let (prepared, opened) = start()
        guard let terminal = opened else { return 1 }
        let document: Document
        switch opening {
        case .whole(let parsing):
            document = parsing.wait()
        case .preview(let beginning, let bytes, let name, let hashFirst):
            // Previewed only when the reader opens at the beginning: a returning reader opens
            // where they left, once the whole is read, never on the first page and then
            // elsewhere. (With `--no-resume` the bookmarks' marks come with the whole.)
            let known: String? = hashFirst ? SHA256.hex(of: bytes) : nil
            var parsedWhole: Document?
            var drawn = previewed
            if !previewed, known.map(isFirstReading(sha256:)) ?? true {
                switch beginning.wait() {
                case .preview(let preview)?: draw(preview, prepared, on: terminal); drawn = true
                case .whole(let whole)?: parsedWhole = whole
                case nil: break
                }
            }
            let rest = { @Sendable [parsedWhole] () -> Result<Document, Refusal> in
                let hash: @Sendable () -> String
                if let known { hash = { known } } else { hash = SHA256.hexBeside(of: bytes) }
                if var whole = parsedWhole {
                    whole.source.sha256 = hash()
                    return .success(whole)
                }
                return decode(bytes, name: name, sha256: hash).map { whole in parse(whole, whole.utf8[...], hash()) }
            }
            // With a preview on screen the rest is work after a frame (`BackgroundWork`): done on a
            // thread of lower priority while this one waits, as keys typed meanwhile do.
            let decoded = Terminal.holdingSuspend { drawn ? Parallel(lowered: true, rest).wait() : rest() }
            switch decoded {
            case .success(let whole):
                document = whole
            case .failure(let refusal):
                // Refused only now (binary data past the 4 KB read checks): the terminal is
                // given back before saying so, and nothing was saved for this text.
                return refuse(refusal.description)
            }
        }
        let ending = LiveReader.session(document, arguments, path: BookmarkSession.documentPath(arguments.file), on: terminal,
                                        prepared: prepared)
        return LiveReader.finish(ending, terminal)
    }

    /// How the document reaches the first frame.
    private enum Opening {
        /// Parsed whole on the second thread.
        case whole(Parallel<Document>)
        /// The beginning parsed on the second thread (nil if it could not be decoded alone);
        /// the whole's bytes and name, hashed, decoded and parsed after the beginning is drawn
        /// (hashed before it when the hash may find where a returning reader left).
        case preview(Parallel<Beginning?>, [UInt8], String, hashFirst: Bool)
    }

    /// What the beginning's thread made of it.
    private enum Beginning {
        /// Part of the text, to draw while the whole is read.
        case preview(Document)
        /// A text short enough to be its own beginning, whose first part held too little to
        /// draw: parsed whole (its hash still to be set), the parse not to be done again.
        case whole(Document)
    }

    /// Why a file cannot be read, as `colloquy: ` then says it.
    struct Refusal: Error, CustomStringConvertible { var description: String }

    /// Bytes decoded to UTF-8, with their hash (which names the bookmarks file).
    static func decode(_ bytes: [UInt8], name: String, sha256: @escaping @Sendable () -> String) -> Result<Text, Refusal> {
        switch TextDecoding.decode(bytes) {
        case .failure(let failure):
            return .failure(Refusal(description: "\(name): \(failure.reason)"))
        case .success(let decoded):
            return .success(Text(utf8: decoded.utf8, name: name, sha256: sha256, warnings: decoded.warnings))
        }
    }

    /// Where the beginning handed to the preview's thread ends: the preview's longest cut, or,
    /// for a text too short to have one, the whole text; nil when the text is not previewed.
    static func beginningCut(_ bytes: [UInt8], total: Int) -> Int? {
        guard previewable(bytes, total: total) else { return nil }
        if let cut = previewCut(bytes, total: total) { return cut }
        return bytes.count >= total && total < 2 * previewLength ? total : nil
    }

    /// A text is previewed when it is long enough to be worth it, has no NUL bytes near its
    /// start, as UTF-16 does (its line ends are not these bytes), and is not perhaps a JSON
    /// transcript (whose beginning alone is no JSON).
    private static func previewable(_ bytes: [UInt8], total: Int) -> Bool {
        total >= previewAbove && bytes.count >= 4096 && !bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFE, 0xFF])
            && !bytes[..<4096].contains(0) && !bytes.withUnsafeBufferPointer(JSONTranscript.mayBeJSON)
    }

    /// Where the preview of a previewable text ends: after the first blank line (or, failing
    /// one, the first line end) past `length` bytes and at least `length` before the end; nil
    /// when there is none. Given the beginning of a text of `total` bytes, the cut the whole
    /// would give, or nil when the rest could change it (no blank line in the beginning).
    private static func previewCut(_ bytes: [UInt8], total: Int, length: Int = previewLength) -> Int? {
        let whole = bytes.count >= total
        var lineEnd: Int?
        var i = length
        while i < min(bytes.count, total - length) {
            if bytes[i] == 0x0A {
                var next = i + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
                if next < bytes.count, bytes[next] == 0x0A { return next + 1 }
                if !whole && next == bytes.count { return nil }
                if lineEnd == nil { lineEnd = i + 1 }
            }
            i += 1
        }
        return whole ? lineEnd : nil
    }

    /// No bookmarks folder: nothing has been read here yet, so whatever is opened is read for
    /// the first time, told without hashing it (0.7 ms a megabyte) before its preview.
    static func noBookmarksYet() -> Bool {
        access(BookmarkStore.standardFolderPath(environment: Environment.folders), F_OK) != 0
    }

    /// No bookmarks file holds this text's position (a returning reader's does).
    static func isFirstReading(sha256: String) -> Bool {
        let folder = BookmarkStore.standardFolderPath(environment: Environment.folders)
        return access(folder + "/" + BookmarkStore.fileName(for: sha256), F_OK) != 0
    }

    /// The preview's one frame: the start state `render` would give the beginning, saying it
    /// is still reading. (Tests may hold the reading here, the preview on screen.)
    static func draw(_ beginning: Document, _ prepared: Prepared, on terminal: Terminal) {
        let themes = Themes.choose(prepared.settings.themeRequest, from: prepared.catalog)
        var state = ReaderLaunch.startState(beginning, width: terminal.size.width, height: terminal.size.height,
                                            themes: themes, prepared.settings)
        state.entityIndex.buildOnlyInBackground()
        state.notify("reading…")
        let theme = themes.1
        terminal.draw(state.render(), theme: Themes.noColour ? theme.withoutColour : theme)
        TestHooks.holdReading()
    }
}

/// Work run on its own thread from the moment it is made; `wait` returns its result.
final class Parallel<T>: @unchecked Sendable {
    private final class Slot: @unchecked Sendable { var value: T? }
    private let slot = Slot()
    private var thread = pthread_t()
    private var running = false

    /// - Parameter lowered: the thread is a background one (`BackgroundWork`: work after a frame).
    init(lowered: Bool = false, _ work: @escaping @Sendable () -> T) {
        let slot = self.slot
        let job = Unmanaged.passRetained(ThreadJob {
            if lowered { BackgroundWork.enter() }
            slot.value = work()
        }).toOpaque()
        running = BackgroundWork.holdingSuspend {   // Ctrl-Z is the main thread's to take
            pthread_create(&thread, nil, { raw in
                Unmanaged<ThreadJob>.fromOpaque(raw!).takeRetainedValue().body()
                return nil
            }, job) == 0
        }
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
