/// The parts of Colloquy that read input from outside, each with the invariants it must keep
/// on any bytes. The fuzzer (`Scripts/fuzz`) and the regression tests call the same checks.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case parser, index, reader, files

    /// What is wrong after feeding `bytes` to this part; empty when every invariant holds.
    public func violations(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .parser: return ParserChecks.violations(bytes)
        case .index: return IndexChecks.violations(bytes)
        case .reader: return ReaderChecks.violations(bytes)
        case .files: return FileChecks.violations(bytes)
        }
    }
}
