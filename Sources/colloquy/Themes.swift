import Foundation
import ReaderCore
import TranscriptKit

/// Finding themes on disk: the user's folder and paths given with --theme.
enum Themes {
    static let noColour = !(Environment.value("NO_COLOR") ?? "").isEmpty

    /// `$XDG_CONFIG_HOME/colloquy/themes`, default `~/.config/colloquy/themes`.
    static var userFolder: String { Config.folderPath + "/themes" }

    static func catalog() -> ThemeCatalog {
        let folder = userFolder
        // No folder, the usual case, is told by one look: asked for a missing folder's contents,
        // Foundation makes an error worth 0.4 M instructions on the way to the first screen.
        let files = access(folder, F_OK) == 0 ? (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] : []
        let themes = files.filter { $0.hasSuffix(".theme") }.sorted().compactMap { name -> (path: String, text: String)? in
            let path = folder + "/" + name
            guard let bytes = try? DocumentInput.read(path: path, limit: 1 << 20, refusingBinary: false) else { return nil }
            return (path, String(decoding: bytes, as: UTF8.self))
        }
        return ThemeCatalog(userFiles: themes)
    }

    /// The catalog, the theme to start with, and a message when the request could not be met.
    /// - Parameter remembered: the theme the reader last chose for this document, used when
    ///   none is requested; one that no longer exists is passed over in silence.
    /// - Parameter known: the catalog, when it was read already.
    static func choose(_ request: String?, remembered: String? = nil, from known: ThemeCatalog? = nil) -> (ThemeCatalog, Theme, String?) {
        var catalog = known ?? catalog()
        var problem = catalog.problems.isEmpty ? nil : "theme " + catalog.problems.joined(separator: "; ")
        let fallback = catalog.theme(named: "default") ?? Theme.fallback
        guard let request else { return (catalog, remembered.flatMap(catalog.theme(named:)) ?? fallback, problem) }
        if let theme = catalog.theme(named: request) { return (catalog, theme, problem) }
        if request.contains("/") || request.hasSuffix(".theme") {
            let bytes: [UInt8]
            do {
                bytes = try DocumentInput.read(path: request, limit: 1 << 20, refusingBinary: false)
            } catch {
                return (catalog, fallback, "theme \(error); using default")
            }
            if let theme = catalog.addFile(path: request, text: String(decoding: bytes, as: UTF8.self)) {
                return (catalog, theme, problem)
            }
            problem = "theme " + (catalog.problems.last ?? request) + "; using default"
            return (catalog, fallback, problem)
        }
        return (catalog, fallback, "no theme named '\(request)' (\(catalog.names.joined(separator: ", "))); using default")
    }
}
