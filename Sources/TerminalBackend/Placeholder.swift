enum TerminalBackendPlaceholder {}
