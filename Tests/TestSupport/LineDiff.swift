/// A readable line diff for failure messages: `-` expected, `+` actual, with line numbers.
public enum LineDiff {
    public static func diff(expected: String, actual: String, context: Int = 2) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        var lastShown = -1
        for i in 0..<max(a.count, b.count) {
            let left = i < a.count ? a[i] : nil
            let right = i < b.count ? b[i] : nil
            guard left != right else { continue }
            for j in max(lastShown + 1, i - context)..<i where j < a.count { out.append("  \(j + 1)  \(a[j])") }
            if let left { out.append("- \(i + 1)  \(left)") }
            if let right { out.append("+ \(i + 1)  \(right)") }
            lastShown = i
            if out.count > 60 { out.append("  … more differences"); break }
        }
        return out.joined(separator: "\n")
    }
}
