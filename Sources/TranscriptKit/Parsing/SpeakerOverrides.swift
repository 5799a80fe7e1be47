/// A reader's corrections for a document that still comes out wrong: which labels name whom
/// in what role, and which only look like labels. From `--speaker 'MR. KIRBY=interviewee'`
/// or a sidecar file beside the transcript (`TRANSCRIPT.speakers`, one `LABEL = role` a line).
public struct SpeakerOverrides: Sendable, Equatable {
    public enum Decision: Sendable, Equatable {
        case role(Participant.Role)
        /// `none`: the shape is text, not a speaker.
        case notASpeaker
    }

    /// By label key (`MR KIRBY`, `Q`).
    public private(set) var decisions: [String: Decision] = [:]

    public init() {}

    public var isEmpty: Bool { decisions.isEmpty }

    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// `LABEL=role`, role one of interviewer, interviewee, moderator, other, none.
    public mutating func add(_ entry: String) throws(Invalid) {
        guard let equals = entry.lastIndex(of: "=") else {
            throw Invalid(description: "'\(entry)' is not LABEL=ROLE")
        }
        let label = entry[..<equals].trimming(" \t*#:")
        let roleName = entry[entry.index(after: equals)...].trimming(" \t").lowercased()
        guard !label.isEmpty else { throw Invalid(description: "'\(entry)' names no label") }
        let decision: Decision
        if roleName == "none" || roleName == "text" {
            decision = .notASpeaker
        } else if let role = Participant.Role(rawValue: roleName) {
            decision = .role(role)
        } else {
            throw Invalid(description: "'\(roleName)' is not a role (interviewer, interviewee, moderator, other, none)")
        }
        decisions[Self.key(label)] = decision
    }

    /// Lines of a sidecar file; `#` starts a comment. Errors name the line.
    public mutating func add(file text: String, name: String) throws(Invalid) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard !content.trimming(" \t\r").isEmpty else { continue }
            do { try add(String(content)) } catch {
                throw Invalid(description: "\(name):\(number + 1): \(error.description)")
            }
        }
    }

    /// Entries given later win (flags after the sidecar).
    public mutating func merge(_ other: SpeakerOverrides) {
        decisions.merge(other.decisions) { _, later in later }
    }

    func decision(for key: String) -> Decision? { decisions[key] }

    /// The key the parser gives a label of this spelling.
    static func key(_ label: String) -> String {
        NameShape(label)?.key ?? label.split(separator: " ").map { $0.trimmingPunctuation.uppercased() }.joined(separator: " ")
    }
}
