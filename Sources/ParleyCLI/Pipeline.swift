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
    /// Files inside folders left out as plainly not articles, by extension.
    var nonArticles: [String: Int] = [:]
    /// Folders left out because Parley wrote them.
    var outputFolders: [String] = []

    /// Diagnostics for files that yielded nothing.
    var skipped: [IngestDiagnostic] { diagnostics.filter { $0.severity == .skipped } }
  }

  var ingestor: Ingestor
  var extractor = Extractor()
  var progress: Progress?

  /// Runs over `paths` (files and folders).
  func run(_ paths: [String]) async -> Result {
    var result = Result()
    let listing = ingestor.inputListing(for: paths)
    let files = listing.files
    result.diagnostics += listing.diagnostics
    result.nonArticles = listing.nonArticles
    result.outputFolders = listing.outputFolders
    result.files = files.count
    var read: [ReadArticle] = []
    var bestByHash: [UInt64: Int] = [:]
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    // At most `window` files are read or waiting to be merged at any time, so
    // memory stays flat; unlike fixed chunks, a slow file does not leave the
    // other cores idle until it is done.
    let window = workers * 16
    await withTaskGroup(of: (Int, FileOutput).self) { group in
      var next = 0
      var merged = 0
      var waiting: [Int: FileOutput] = [:]
      func start(_ index: Int) {
        let file = files[index]
        group.addTask { (index, process(file)) }
      }
      while next < min(window, files.count) {
        start(next)
        next += 1
      }
      for await (index, output) in group {
        waiting[index] = output
        while let output = waiting.removeValue(forKey: merged) {
          result.diagnostics += output.diagnostics
          for article in output.articles { keep(article, in: &read, bestByHash: &bestByHash) }
          merged += 1
          if merged % window == 0 || merged == files.count {
            progress?.update(done: merged, total: files.count)
          }
        }
        while next < files.count && next - merged < window {
          start(next)
          next += 1
        }
      }
    }
    progress?.finish()
    merge(read, into: &result)
    return result
  }

  /// Adds the articles read, in input order, counting copies once. Which copy is kept does
  /// not depend on file names or order (the earliest date, then the content hash).
  private func merge(_ read: [ReadArticle], into result: inout Result) {
    let copies = DuplicateDetector.copies(
      among: read.map { .init(path: $0.path, date: $0.date, fingerprint: $0.fingerprint) })
    for (index, article) in read.enumerated() {
      if let original = copies[index] {
        result.copies += 1
        result.diagnostics.append(
          IngestDiagnostic(
            path: article.path, severity: .warning, message: "a copy of \(read[original].path); counted once"))
        continue
      }
      result.articles += 1
      result.mentions += article.mentions
    }
  }

  /// Appends `article`; of identical bodies only the one that will be kept (the earliest
  /// date, then the smallest path: the order of ``DuplicateDetector/copies(among:threshold:)``)
  /// keeps its mentions, so exact copies cost no memory while the run goes on.
  private func keep(_ article: ReadArticle, in read: inout [ReadArticle], bestByHash: inout [UInt64: Int]) {
    var article = article
    let hash = article.fingerprint.contentHash
    if let best = bestByHash[hash] {
      let other = read[best]
      let earlier: Bool
      if article.date != other.date {
        earlier = article.date.map { date in other.date.map { date < $0 } ?? true } ?? false
      } else {
        earlier = article.path < other.path
      }
      if earlier {
        read[best].mentions = []
        bestByHash[hash] = read.count
      } else {
        article.mentions = []
      }
    } else {
      bestByHash[hash] = read.count
    }
    read.append(article)
  }

  /// What is kept of an article until copies are known: not its text.
  private struct ReadArticle: Sendable {
    var path: String
    var date: CivilDate?
    var fingerprint: DuplicateDetector.Fingerprint
    var mentions: [Mention]
  }

  private struct FileOutput: Sendable {
    var articles: [ReadArticle]
    var diagnostics: [IngestDiagnostic]
  }

  private func process(_ file: InputFile) -> FileOutput {
    let (articles, diagnostics) = ingestor.read(file)
    return FileOutput(
      articles: articles.map {
        ReadArticle(
          path: $0.path, date: $0.date, fingerprint: .init(of: $0), mentions: extractor.mentions(in: $0))
      }, diagnostics: diagnostics)
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
