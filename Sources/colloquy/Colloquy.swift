import TranscriptKit
#if canImport(Glibc)
import Glibc
#endif

/// Entry point: parse arguments, load the document, dispatch to a command.
@main
struct Colloquy {
    static func main() {
        let arguments: Arguments
        do {
            arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
        } catch {
            Output.error("colloquy: \(error.message)\nTry 'colloquy --help'.")
            exit(2)
        }
        if arguments.help { Output.write(Usage.text + "\n"); exit(0) }
        if arguments.version { Output.write(Usage.version + "\n"); exit(0) }
        exit(Commands.run(arguments))
    }
}
