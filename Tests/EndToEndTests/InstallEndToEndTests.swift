import Foundation
import XCTest
import TestSupport

/// `Scripts/install` into a temporary prefix, the installed binary run with an empty environment,
/// and `--uninstall` removing exactly what was installed.
///
/// The first run builds release with the static Swift runtime (minutes on two cores); the build
/// folder, `.build/static`, is kept, so later runs only build what changed.
final class InstallEndToEndTests: XCTestCase {
    private let root = Repository.root()

    /// The toolchain's static runtime, which `--static-swift-stdlib` links.
    private var staticRuntime: String? {
        let which = Spawn.run(["sh", "-c", "readlink -f \"$(command -v swift)\""])
        let swift = URL(fileURLWithPath: which.output.trimmingCharacters(in: .whitespacesAndNewlines))
        let library = swift.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("lib/swift_static/linux/libswiftCore.a").path
        return FileManager.default.fileExists(atPath: library) ? library : nil
    }

    func testInstalledBinaryRunsWithAnEmptyEnvironmentAndUninstallRemovesOnlyItsFiles() throws {
        guard staticRuntime != nil else {
            print("install: skipped: this Swift toolchain has no static runtime (lib/swift_static/linux/libswiftCore.a), so no self-contained binary can be built")
            return
        }
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-prefix-\(getpid())")
        defer { try? FileManager.default.removeItem(at: prefix) }
        // Someone else's page in a folder the installer shares: it must survive the uninstall.
        let otherPage = prefix.appendingPathComponent("share/man/man1/other.1")
        try FileManager.default.createDirectory(at: otherPage.deletingLastPathComponent(), withIntermediateDirectories: true)
        try ".TH OTHER 1\n".write(to: otherPage, atomically: true, encoding: .utf8)

        let installed = Spawn.run([root.appendingPathComponent("Scripts/install").path, "--prefix", prefix.path], timeout: 1800)
        XCTAssertEqual(installed.status, 0, installed.output + installed.error)
        guard installed.status == 0 else { return }

        let binary = prefix.appendingPathComponent("bin/colloquy").path
        let nothing: [String: String] = [:]
        XCTAssertEqual(Spawn.run([binary, "--version"], environment: nothing).output, "colloquy 0.1.0\n")
        let outline = Spawn.run([binary, "outline"], environment: nothing)
        XCTAssertEqual(outline.status, 0, outline.error)
        XCTAssertEqual(outline.output.components(separatedBy: "[Sputnik → Sergei Lavrov]").count - 1, 9, outline.output)
        let frame = Spawn.run([binary, "render", "--size", "80x24", "--keys", ":9<Enter>"], environment: nothing)
        XCTAssertEqual(frame.status, 0, frame.error)
        XCTAssertEqual(frame.output.split(separator: "\n", omittingEmptySubsequences: false).count, 25, frame.output)
        XCTAssertTrue(frame.output.contains("Question 9"), frame.output)

        let page = prefix.appendingPathComponent("share/man/man1/colloquy.1").path
        if Spawn.run(["sh", "-c", "command -v man"]).status == 0 {
            let man = Spawn.run(["man", "-l", page], environment: ["PATH": "/usr/bin:/bin", "MANWIDTH": "80"])
            XCTAssertEqual(man.status, 0, man.error)
            XCTAssertTrue(man.output.contains("COLLOQUY(1)") && man.output.contains("CONFIGURATION"), man.output)
            XCTAssertTrue(man.output.contains("half-page-down"), "the key table is in the installed page")
        } else {
            print("install: man is not installed here; the man page check is skipped (.ci/run installs man-db)")
        }

        let libraries = Spawn.run(["ldd", binary]).output
        for runtime in ["libswift", "libFoundation", "libdispatch", "libBlocksRuntime", "libicu"] {
            XCTAssertFalse(libraries.contains(runtime), "\(runtime) is linked:\n\(libraries)")
        }
        // Linked in where the system has their archives: as shared libraries, the loader looked
        // up hundreds of their symbols by name at every start.
        func hasArchive(_ name: String) -> Bool {
            Spawn.run(["sh", "-c", "cc -print-file-name=\(name) 2>/dev/null || c++ -print-file-name=\(name) 2>/dev/null"]).output.hasPrefix("/")
        }
        if hasArchive("libstdc++.a") { XCTAssertFalse(libraries.contains("libstdc++"), libraries) }
        let ncursesLinkedIn = hasArchive("libncursesw.a") && hasArchive("libtinfo.a")
        XCTAssertEqual(libraries.contains("libncursesw"), !ncursesLinkedIn, libraries)
        // Not position-independent (ELF type 2, EXEC, not 3, DYN): nothing for the loader to
        // relocate at each start.
        let header = FileHandle(forReadingAtPath: binary).map { [UInt8]($0.readData(ofLength: 18)) } ?? []
        XCTAssertEqual(header.count == 18 ? header[16] : 0, 2, "the installed binary is position-independent")

        let completion = prefix.appendingPathComponent("share/bash-completion/completions/colloquy").path
        let loaded = Spawn.run(["bash", "--norc", "--noprofile", "-c", "source '\(completion)' && complete -p colloquy"])
        XCTAssertEqual(loaded.output, "complete -o filenames -F _colloquy colloquy\n", loaded.error)
        for file in ["share/zsh/site-functions/_colloquy", "share/fish/vendor_completions.d/colloquy.fish", "share/doc/colloquy/themes.md"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), file)
        }

        let removed = Spawn.run([root.appendingPathComponent("Scripts/install").path, "--uninstall", "--prefix", prefix.path])
        XCTAssertEqual(removed.status, 0, removed.error)
        let left = FileManager.default.enumerator(atPath: prefix.path)?.allObjects.compactMap { $0 as? String }.sorted() ?? []
        XCTAssertEqual(left, ["share", "share/man", "share/man/man1", "share/man/man1/other.1"])
    }
}
