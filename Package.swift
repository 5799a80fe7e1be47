// swift-tools-version:6.0
import PackageDescription

// Layering (see ARCHITECTURE.md): TranscriptKit ← ReaderCore ← TerminalBackend ← colloquy.
// Only TerminalBackend imports ncurses; TranscriptKit imports Foundation and CSHA256 at most.
let package = Package(
    name: "Colloquy",
    products: [
        .executable(name: "colloquy", targets: ["colloquy"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // glibc's wcwidth, which Swift's Glibc module does not expose; ncurses and tmux
        // lay cells out with it, so the UI core measures text with the same function.
        .target(name: "CWidth", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // SHA-256's rounds with the x86 SHA instructions, where the processor has them: the hash
        // names each document's bookmarks, and the reader's first screen waits for it.
        // (Both C targets with DWARF 4 debug information: valgrind, which Scripts/index-cost runs,
        // gives up on a binary holding two units of DWARF 5.)
        .target(name: "CSHA256", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // Optimised even in debug builds: the tests parse, index and search inputs of tens of
        // megabytes (the hostile-input suite), which unoptimised code takes minutes over.
        .target(name: "TranscriptKit", dependencies: ["CSHA256"], swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "ReaderCore", dependencies: ["TranscriptKit", "CWidth"]),
        .target(name: "TerminalBackend", dependencies: ["ReaderCore", "CNcursesw"]),
        .executableTarget(
            name: "colloquy",
            dependencies: ["TranscriptKit", "ReaderCore", "TerminalBackend"]
        ),
        // The invariants every input must keep, and the fuzzer or replayer that checks them
        // (Scripts/fuzz); the regression tests run the same checks.
        .target(name: "FuzzChecks", dependencies: ["TranscriptKit", "ReaderCore"], path: "Tests/Fuzz/FuzzChecks"),
        .executableTarget(name: "colloquy-fuzz", dependencies: ["FuzzChecks"], path: "Tests/Fuzz/colloquy-fuzz"),
        .target(name: "TestSupport", dependencies: ["TranscriptKit"], path: "Tests/TestSupport"),
        // Fixtures, golden files and snapshots are read from the source tree (Repository.root), not
        // from a bundle, so they are excluded rather than declared as resources.
        .testTarget(name: "TranscriptKitTests", dependencies: ["TranscriptKit", "TestSupport"],
                    exclude: ["Fixtures", "Golden", "CorpusGold", "EntityGold"]),
        .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "TestSupport"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzChecks", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
