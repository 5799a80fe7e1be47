import Foundation
import XCTest
import TestSupport

/// `colloquy completions SHELL` loaded into the real shells, and asked what they would offer.
final class CompletionTests: XCTestCase {
    /// Runs `script` in `shell` with the built colloquy first on PATH (the scripts call it for theme names).
    private func run(_ shell: String, _ arguments: [String]) -> Spawn.Result {
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = URL(fileURLWithPath: Spawn.colloquy).deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["SWIFT_BACKTRACE"] = "enable=no"
        return Spawn.run([shell] + arguments, environment: env, timeout: 60)
    }

    private func installed(_ shell: String) -> Bool {
        let found = Spawn.run(["sh", "-c", "command -v \(shell)"]).status == 0
        if !found { print("completions: \(shell) is not installed here; its check is skipped (.ci/run installs it)") }
        return found
    }

    /// What bash's completion function offers for the words typed so far (the last one being completed).
    private func bash(_ words: String...) -> [String] {
        let script = """
        source <(colloquy completions bash) || exit 1
        COMP_WORDS=(\(words.map { "'\($0)'" }.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
        _colloquy; printf '%s\\n' "${COMPREPLY[@]}"
        """
        let r = run("bash", ["--norc", "--noprofile", "-c", script])
        XCTAssertEqual(r.status, 0, r.error)
        return r.output.split(separator: "\n").map(String.init)
    }

    func testBashLoadsTheScriptAndOffersCommandsOptionsAndValues() {
        let loaded = run("bash", ["--norc", "--noprofile", "-c", "source <(colloquy completions bash) && complete -p colloquy"])
        XCTAssertEqual(loaded.status, 0, loaded.error)
        XCTAssertEqual(loaded.output, "complete -o filenames -F _colloquy colloquy\n")
        XCTAssertEqual(bash("colloquy", "out"), ["outline"])
        XCTAssertEqual(bash("colloquy", "grep", "--r"), ["--regex"])
        XCTAssertEqual(bash("colloquy", "export", "--format", ""), ["json", "markdown", "text"])
        XCTAssertEqual(bash("colloquy", "outline", "--format", "w"), ["webvtt"])
        XCTAssertEqual(bash("colloquy", "completions", "z"), ["zsh"])
        XCTAssertTrue(bash("colloquy", "--theme", "sol").contains("solarized-dark"), "theme names come from --list-themes")
        XCTAssertFalse(bash("colloquy", "bench", "--").contains("--explain"), "each command offers only its own options")
        let readme = bash("colloquy", "render", "README")
        XCTAssertTrue(readme.isEmpty || readme.allSatisfy { $0.hasPrefix("README") }, "\(readme)")
    }

    /// Every command `--help` lists is offered as the first word: both come from one table.
    func testEveryCommandInHelpIsCompleted() {
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        let help = Spawn.run([Spawn.colloquy, "--help"], environment: env).output
        let usage = help.components(separatedBy: "\n\n")[1].split(separator: "\n").dropFirst()
        let commands = usage.compactMap { line -> String? in
            let word = line.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            return word.first?.isLetter == true ? word : nil
        }
        XCTAssertGreaterThan(commands.count, 10, help)
        let offered = Set(bash("colloquy", ""))
        for command in commands { XCTAssertTrue(offered.contains(command), "\(command) is in --help but not completed") }
    }

    func testZshRegistersTheCompletionFunction() throws {
        guard installed("zsh") else { return }
        let script = "autoload -Uz compinit && compinit -u -D && source <(colloquy completions zsh) && print -r -- $_comps[colloquy]"
        let r = run("zsh", ["-f", "-c", script])
        XCTAssertEqual(r.status, 0, r.error)
        XCTAssertEqual(r.output, "_colloquy\n", r.error)
    }

    /// Tab pressed in an interactive zsh (through zsh/zpty), as a person would.
    func testZshCompletesCommandsThemesAndValuesInAnInteractiveShell() throws {
        guard installed("zsh") else { return }
        let script = #"""
        zmodload zsh/zpty
        lines=('colloquy out' 'colloquy --theme sol' 'colloquy export --format ')
        wants=('colloquy outline' 'solarized-dark' 'markdown')
        for k in 1 2 3; do
            zpty z zsh -f -i
            zpty -w z "PS1='> '; autoload -Uz compinit; compinit -u -D; source <(colloquy completions zsh)"
            zpty -w -n z "$lines[k]"$'	'
            # Read until the completion shows (up to 20 s on a loaded machine), not for a fixed time.
            out=
            for try in {1..200}; do
                while zpty -r -t z chunk; do out+=$chunk; done
                [[ ${out##*compinit -u -D} == *$wants[k]* ]] && break
                sleep 0.1
            done
            print -r -- "== $lines[k] ${out##*compinit -u -D}"
            zpty -d z
        done
        """#
        let r = run("zsh", ["-f", "-c", script])
        XCTAssertEqual(r.status, 0, r.error)
        let answers = r.output.components(separatedBy: "== ").dropFirst()
        XCTAssertEqual(answers.count, 3, r.output)
        guard answers.count == 3 else { return }
        let (command, theme, format) = (answers[1], answers[2], answers[3])
        XCTAssertTrue(command.contains("colloquy outline"), command)
        XCTAssertTrue(theme.contains("colloquy --theme solarized-dark"), theme)
        XCTAssertTrue(format.contains("json") && format.contains("markdown"), format)
    }

    func testFishOffersCommandsOptionsAndThemes() throws {
        guard installed("fish") else { return }
        let script = """
        colloquy completions fish | source
        complete -C 'colloquy out'; complete -C 'colloquy grep --r'; complete -C 'colloquy --theme sol'
        complete -C 'colloquy export --format '
        """
        let r = run("fish", ["--no-config", "-c", script])
        XCTAssertEqual(r.status, 0, r.error)
        let offered = r.output.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        XCTAssertEqual(offered, ["outline", "--regex", "solarized-dark", "json", "markdown", "text"], r.output)
    }
}
