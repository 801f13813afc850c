import Foundation
import ParleyExtract
import ParleyIngest

/// Reads inputs and extracts mentions, in parallel over files, with results
/// kept in input order so that output is deterministic.
struct Pipeline: Sendable {
  /// What a run produced.
  struct Result: Sendable {
    var mentions: [Mention] = []
    var diagnostics: [IngestDiagnostic] = []
    var articles = 0
    var copies = 0
    var files = 0

    /// Diagnostics for files that yielded nothing.
    var skipped: [IngestDiagnostic] { diagnostics.filter { $0.severity == .skipped } }
  }

  var ingestor: Ingestor
  var extractor = Extractor()
  var progress: Progress?

  /// Runs over `paths` (files and folders).
  func run(_ paths: [String]) async -> Result {
    var result = Result()
    let (files, listing) = ingestor.inputFiles(for: paths)
    result.diagnostics += listing
    result.files = files.count
    var detector = DuplicateDetector()
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let chunkSize = workers * 16
    var done = 0
    for chunkStart in stride(from: 0, to: files.count, by: chunkSize) {
      let chunk = Array(files[chunkStart..<min(files.count, chunkStart + chunkSize)])
      let outputs = await withTaskGroup(of: (Int, FileOutput).self) { group in
        for (offset, file) in chunk.enumerated() {
          group.addTask { (offset, process(file)) }
        }
        var outputs = [FileOutput?](repeating: nil, count: chunk.count)
        for await (offset, output) in group { outputs[offset] = output }
        return outputs.compactMap { $0 }
      }
      for output in outputs {
        result.diagnostics += output.diagnostics
        for (article, mentions) in output.articles {
          if let original = detector.original(of: article) {
            result.copies += 1
            result.diagnostics.append(
              IngestDiagnostic(
                path: article.path, severity: .warning,
                message: "a copy of \(original); counted once"))
            continue
          }
          result.articles += 1
          result.mentions += mentions
        }
      }
      done += chunk.count
      progress?.update(done: done, total: files.count)
    }
    progress?.finish()
    return result
  }

  private struct FileOutput: Sendable {
    var articles: [(Article, [Mention])]
    var diagnostics: [IngestDiagnostic]
  }

  private func process(_ file: InputFile) -> FileOutput {
    let (articles, diagnostics) = ingestor.read(file)
    return FileOutput(
      articles: articles.map { ($0, extractor.mentions(in: $0)) }, diagnostics: diagnostics)
  }
}

/// A one-line progress report on stderr, shown only on a terminal and for long runs.
final class Progress: @unchecked Sendable {
  private let enabled: Bool
  private var shown = false

  init(quiet: Bool) {
    enabled = !quiet && isatty(STDERR_FILENO) == 1
  }

  func update(done: Int, total: Int) {
    guard enabled, total >= 200 else { return }
    shown = true
    FileHandle.standardError.write(Data("\r\u{1B}[Kreading \(done)/\(total) files".utf8))
  }

  func finish() {
    guard shown else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
