import Foundation

/// Reads article files of any supported format into ``Article`` values.
///
/// Formats are detected from content first and file extension second: seed-style
/// scrapes, plain text, HTML, JSON, JSON Lines and Markdown. Text is decoded
/// (UTF-8, UTF-16, Windows-1252), normalised, stripped of boilerplate and
/// repeated paragraphs. Problems never abort: they become ``IngestDiagnostic``s.
public struct Ingestor: Sendable {
  /// The settings used for every file.
  public var options: IngestOptions

  /// Creates an ingestor.
  /// - Parameter options: Size limit and other settings.
  public init(options: IngestOptions = .init()) {
    self.options = options
  }

  /// Of the notes about the records of one file, at most this many with the same message
  /// are named; the others are counted.
  static let maxNotesPerMessage = 5

  /// Reads one file.
  /// - Parameter file: The file to read.
  /// - Returns: Zero or more articles (a JSON Lines file may hold many) and
  ///   diagnostics: warnings such as "no publication date found", or one
  ///   `skipped` diagnostic when the file yields nothing (binary, empty, too
  ///   large, unreadable, invalid or unknown format).
  ///   A file whose path is ``InputFile/standardInput`` (`-`) is read from standard input.
  public func read(_ file: InputFile) -> (articles: [Article], diagnostics: [IngestDiagnostic]) {
    let path = file.path
    if path == InputFile.standardInput { return readStandardInput() }
    let fm = FileManager.default
    var isFolder: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
      return ([], [.skipped(path, FileStatus.linkProblem(path) ?? "no such file")])
    }
    if isFolder.boolValue { return ([], [.skipped(path, "is a folder, not a file")]) }
    guard FileStatus.isRegularFile(path) else { return ([], [.skipped(path, "not a regular file")]) }
    let size = FileStatus.size(path) ?? 0
    if size > options.maxFileSize {
      return ([], [.skipped(path, "file too large (\(size) bytes; limit \(options.maxFileSize))")])
    }
    let kind = FormatDetection.kind(forExtensionOf: path)
    if case .unsupported(let ext) = kind {
      return ([], [.skipped(path, "unsupported format (.\(ext))")])
    }
    guard fm.isReadableFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else {
      return ([], [.skipped(path, "cannot read file (permission denied)")])
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.readToEnd() ?? Data()
    } catch {
      return ([], [.skipped(path, "cannot read file (\(error.localizedDescription))")])
    }
    return read(bytes: [UInt8](data), path: path, kind: kind, provenance: file.provenance)
  }

  /// Reads standard input (at most the size limit), detecting the format from the content.
  func readStandardInput() -> ([Article], [IngestDiagnostic]) {
    let path = InputFile.standardInput
    var data = Data()
    while data.count <= options.maxFileSize {
      let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
      if chunk.isEmpty { break }
      data.append(chunk)
    }
    if data.count > options.maxFileSize {
      return ([], [.skipped(path, "standard input too large (over \(options.maxFileSize) bytes)")])
    }
    return read(bytes: [UInt8](data), path: path, kind: .seedOrPlain)
  }

  /// Reads already-loaded bytes as if they came from `path`.
  func read(
    bytes: [UInt8], path: String, kind: FormatDetection.Kind, provenance: Provenance? = nil
  ) -> ([Article], [IngestDiagnostic]) {
    if let magic = FormatDetection.binaryFormatName(bytes) {
      return ([], [.skipped(path, "unsupported format (\(magic))")])
    }
    if TextDecoding.looksBinary(bytes) {
      return ([], [.skipped(path, "binary file")])
    }
    let decoded = TextDecoding.decode(bytes)
    let text = TextNormalization.normalize(decoded.text)
    if text.allSatisfy({ $0 == "\n" || $0 == " " }) {
      return ([], [.skipped(path, "empty file")])
    }
    var diagnostics: [IngestDiagnostic] = []
    if decoded.wasRepaired {
      diagnostics.append(.warning(path, "invalid UTF-8 sequences replaced"))
    }
    let documents: [ParsedDocument]
    switch FormatDetection.detect(text, kind: kind) {
    case .seedOrPlain:
      documents = [SeedTextFormat.parse(text)]
    case .html:
      documents = [HTMLFormat.parse(decoded.text)]
    case .markdown:
      documents = [MarkdownFormat.parse(text)]
    case .json:
      switch JSONFormat.parse(decoded.text) {
      case .success(let docs, let warnings):
        documents = docs
        diagnostics += warnings.map { .warning(path, $0) }
      case .failure(let message): return ([], diagnostics + [.skipped(path, message)])
      }
    case .unsupported(let ext):
      return ([], [.skipped(path, "unsupported format (.\(ext))")])
    }
    var articles: [Article] = []
    // A file of many records names the first few records of each kind of note and counts
    // the rest, so a million undated records do not make a million lines.
    var shownByMessage: [String: Int] = [:]
    var hiddenByMessage: [String: Int] = [:]
    for (index, document) in documents.enumerated() {
      let (article, notes) = ArticleAssembly.article(from: document, path: path, provenance: provenance)
      if let article { articles.append(article) }
      guard documents.count > 1 else {
        diagnostics += notes
        continue
      }
      for note in notes {
        if shownByMessage[note.message, default: 0] < Self.maxNotesPerMessage {
          shownByMessage[note.message, default: 0] += 1
          diagnostics.append(.warning(path, "record \(index + 1): " + note.message))
        } else {
          hiddenByMessage[note.message, default: 0] += 1
        }
      }
    }
    for (message, count) in hiddenByMessage.sorted(by: { $0.key < $1.key }) {
      diagnostics.append(.warning(path, "\(count) more record\(count == 1 ? "" : "s"): \(message)"))
    }
    if articles.isEmpty && !diagnostics.contains(where: { $0.severity == .skipped }) {
      diagnostics.append(.skipped(path, "no article text found"))
    }
    return (articles, diagnostics)
  }
}
