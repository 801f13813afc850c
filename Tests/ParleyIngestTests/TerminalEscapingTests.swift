import Testing

@testable import ParleyIngest

/// Paths and names printed on stderr cannot forge lines or send escape sequences.
struct TerminalEscapingTests {
  @Test func controlCharactersAreEscaped() {
    #expect("a\u{1B}[2Jb".terminalEscaped == "a\\x1b[2Jb")
    #expect("x\nfake.txt: all good".terminalEscaped == "x\\nfake.txt: all good")
    #expect("\r\t\u{0}\u{7F}\u{85}\u{9B}".terminalEscaped == "\\r\\t\\x00\\x7f\\u{85}\\u{9b}")
    #expect("café/Ünïcode.txt".terminalEscaped == "café/Ünïcode.txt")
  }

  @Test func diagnosticsPrintEscapedPaths() {
    let diagnostic = IngestDiagnostic(path: "evil\n\u{1B}[2Jfake.txt", severity: .skipped, message: "binary file")
    #expect(diagnostic.description == "evil\\n\\x1b[2Jfake.txt: binary file")
    #expect(!diagnostic.description.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
  }
}
