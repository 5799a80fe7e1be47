import Foundation
import TranscriptKit

/// The non-interactive commands and the dispatch to the reader.
enum Commands {
    static func run(_ arguments: Arguments) -> Int32 {
        if arguments.listThemes { return ReaderLaunch.listThemes() }
        if arguments.command == .bench {
            if let documents = arguments.benchLibrary { return BenchLibrary.run(documents: documents) }
            return Bench.run(megabytes: arguments.benchMegabytes)
        }
        if arguments.command == .corpusReport { return CorpusReport.run(arguments) }
        if arguments.command == .entityReport { return EntityReport.run(arguments) }
        if arguments.command == .completions { return completions(arguments.shell) }
        if arguments.command == .config { return Config.run(arguments) }
        if arguments.command == .keys { return KeyTable.run(arguments) }
        if LibraryCommands.wanted(arguments) { return LibraryCommands.run(arguments) }
        let overrides: SpeakerOverrides
        do {
            overrides = try speakerOverrides(arguments)
        } catch {
            Output.error("colloquy: \(error.description)")
            return 2
        }
        // The live reader loads the document itself, beside setting up the terminal.
        if arguments.command == .read && arguments.filter == nil && Output.isTerminal {
            return FirstScreen.read(arguments, overrides: overrides)
        }
        var document: Document
        do {
            document = try load(arguments, overrides: overrides)
        } catch {
            Output.error("colloquy: \(error.description)")
            return 1
        }
        if let filter = arguments.filter {
            do {
                document = try filtered(document, by: filter)
            } catch {
                Output.error("colloquy: \(error.description)")
                return 1
            }
        }
        switch arguments.command {
        case .outline:
            var out = document.outline()
            if arguments.explain { out += document.explanation.map { "why: \($0)\n" }.joined() }
            Output.write(Printable.sanitized(out))
        case .export:
            // JSON escapes control characters itself; text goes through raw to files and pipes,
            // and with control characters made visible to a terminal.
            let terminalSafe = { (text: String) in Output.isTerminal ? Printable.sanitized(text) : text }
            switch arguments.exportFormat {
            case .json: Output.write(document.json(entities: EntityIndex(document: document)))
            case .markdown: Output.write(terminalSafe(document.markdown()))
            case .text: Output.write(terminalSafe(document.plainText()))
            }
        case .grep:
            return Grep.run(document, arguments)
        case .countries:
            Output.write(Printable.sanitized(listing(MentionIndex(document: document), document: document, codes: true)))
        case .people, .organisations, .topics:
            let entities = EntityIndex(document: document)
            let kind: EntityKind = arguments.command == .people ? .people : arguments.command == .topics ? .topics : .organisations
            var out = listing(entities.index(kind), document: document, codes: kind == .organisations)
            if kind == .topics {
                out += "\nKey terms by exchange:\n"
                for exchange in document.exchanges {
                    out += "\(exchange.number)  \((entities.keyTerms[exchange.number] ?? []).joined(separator: ", "))\n"
                }
            }
            Output.write(Printable.sanitized(out))
        case .speakers:
            Output.write(Printable.sanitized(SpeakerStatistics(document: document).table(title: document.title ?? document.source.name)))
        case .bookmarks:
            let (file, notes) = BookmarkStore(folder: BookmarkStore.standardFolder(environment: Environment.folders))
                .open(document, path: BookmarkSession.documentPath(arguments.file))
            for note in notes { Output.error("colloquy: \(note)") }
            switch arguments.exportFormat {
            case .json: Output.write([UInt8](file.json()) + [0x0A])
            case .markdown: Output.write(Printable.sanitized(file.markdown(document: document)))
            case .text: Output.write(Printable.sanitized(file.plainText()))
            }
        case .render:
            return ReaderLaunch.render(document, arguments)
        case .read:
            return ReaderLaunch.read(document, arguments)
        case .bench, .corpusReport, .entityReport, .completions, .config, .keys:
            break
        }
        return 0
    }

    static func completions(_ shell: String?) -> Int32 {
        guard let shell, let script = Completions.script(for: shell) else {
            Output.error("colloquy: completions takes one of \(Completions.shells.joined(separator: ", "))")
            return 2
        }
        Output.write(script)
        return 0
    }

    /// `LY  Libya  32  exchanges: 9`, one line per entity, most mentioned first; mentions outside
    /// every exchange are named (`exchanges: introduction,3`, `exchanges: 9,end matter`).
    static func listing(_ index: MentionIndex, document: Document, codes: Bool) -> String {
        index.entities.map { c in
            var places = c.exchanges.map(String.init)
            if c.blocks.contains(where: document.introduction.contains) { places.insert("introduction", at: 0) }
            if c.blocks.contains(where: document.backMatter.contains) { places.append("end matter") }
            return (codes ? "\(c.code)  " : "") + "\(c.name)  \(c.mentions)  exchanges: \(places.joined(separator: ","))\n"
        }.joined()
    }

    /// `--filter`: the exchanges the filter keeps, said on standard error (`filter: Libya — 3 of 9
    /// exchanges`) so that the output stays the document's.
    static func filtered(_ document: Document, by text: String) throws(PassageFilter.Invalid) -> Document {
        let filter = try PassageFilter(parsing: text)
        let entities = LazyEntityIndex(document: document)
        let match = try filter.match(in: document, entities: entities.index, search: SearchIndex(document: document))
        Output.error("colloquy: filter: \(match.summary(of: document))")
        return document.keeping(exchanges: match.exchanges)
    }

    /// The named file, standard input when it is a pipe, or the embedded interview.
    static func load(_ arguments: Arguments, overrides: SpeakerOverrides) throws(DocumentInput.Failure) -> Document {
        let explain = arguments.explain
        // Only the live reader starts threads: its first screen waits for parse and hash, while
        // printing commands (and the hostile-input suite's address-space limits) keep to one.
        let beside = arguments.command == .read && Output.isTerminal
        if let file = arguments.file {
            return try Document.load(path: file, format: arguments.inputFormat, overrides: overrides, explain: explain, hashBeside: beside)
        }
        if arguments.command == .read && !StandardInput.isTerminal {
            return try Document.load(path: "-", format: arguments.inputFormat, overrides: overrides, explain: explain, hashBeside: beside)
        }
        return Document.embeddedInterview(overrides: overrides, explain: explain, hashBeside: beside)
    }

    /// The sidecar beside the transcript (`FILE.speakers`), then `--speaker` flags, which win.
    static func speakerOverrides(_ arguments: Arguments) throws(SpeakerOverrides.Invalid) -> SpeakerOverrides {
        var overrides = SpeakerOverrides()
        if let file = arguments.file, file != "-" {
            let sidecar = file + ".speakers"
            // Asked of the system first: Foundation's read of a file that is not there (most
            // have none) cost 0.37 M instructions before the reader's second thread could start.
            if access(sidecar, F_OK) == 0, let data = FileManager.default.contents(atPath: sidecar) {
                try overrides.add(file: String(decoding: data, as: UTF8.self), name: sidecar)
            }
        }
        var flags = SpeakerOverrides()
        for entry in arguments.speakers { try flags.add(entry) }
        overrides.merge(flags)
        return overrides
    }
}
