/// A one-line note about an input file: a warning, or the reason it was skipped.
public struct IngestDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable {
    /// The file was read, but something is missing or doubtful (e.g. no date).
    case warning
    /// The file yielded no article (binary, empty, too large, unreadable, unknown format, …).
    case skipped
  }

  /// The path as the user gave it (or as found under a folder they gave).
  public var path: String
  /// How serious the diagnostic is.
  public var severity: Severity
  /// What happened, in lower case, without the path.
  public var message: String

  /// Creates a diagnostic.
  public init(path: String, severity: Severity, message: String) {
    self.path = path
    self.severity = severity
    self.message = message
  }

  /// `path: message` on one line, with control characters in both shown as escapes.
  public var description: String {
    let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    return "\(path.terminalEscaped): \(oneLine.terminalEscaped)"
  }

  static func skipped(_ path: String, _ message: String) -> IngestDiagnostic {
    IngestDiagnostic(path: path, severity: .skipped, message: message)
  }

  static func warning(_ path: String, _ message: String) -> IngestDiagnostic {
    IngestDiagnostic(path: path, severity: .warning, message: message)
  }
}
