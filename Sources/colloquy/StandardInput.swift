#if canImport(Glibc)
import Glibc
#endif

enum StandardInput {
    /// A pipe or file on standard input means "read the document from it", as less does.
    /// A closed or /dev/null standard input (as under CI) is not a document.
    static var isTerminal: Bool {
        if isatty(0) == 1 { return true }
        var info = stat()
        guard fstat(0, &info) == 0 else { return true }
        let type = info.st_mode & S_IFMT
        if type == S_IFCHR { return true }
        return !(type == S_IFIFO || type == S_IFREG || type == S_IFSOCK)
    }
}
