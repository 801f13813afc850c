import Foundation
import ParleyExtract
import ParleyIngest
import ParleyStore

/// Reads inputs and extracts mentions, in parallel over files, with results
/// kept in input order so that output is deterministic.
struct Pipeline: Sendable {
  /// What a run produced.
  struct Result: Sendable {
    var mentions: [Mention] = [] { didSet { mentionCount = max(mentionCount, mentions.count) } }
    /// How many mentions the run found (kept when ``mentions`` is emptied to save memory).
    private(set) var mentionCount = 0
    var diagnostics: [IngestDiagnostic] = []
    var articles = 0
    var copies = 0
    var files = 0
    /// Files inside folders left out as plainly not articles, by extension.
    var nonArticles: [String: Int] = [:]
    /// Folders left out because Parley wrote them.
    var outputFolders: [String] = []
    /// With a store: the files taken from it unread, the paths it now holds, and the first
    /// error writing it (the run must then not commit it).
    var filesFromStore = 0
    var storedPaths: Set<String> = []
    var storeError: StoreError?

    /// Diagnostics for files that yielded nothing.
    var skipped: [IngestDiagnostic] { diagnostics.filter { $0.severity == .skipped } }
  }

  var ingestor: Ingestor
  var extractor = Extractor()
  /// The extraction work allowed for one file (all its articles); a file that needs more
  /// is skipped as too complex.
  var maxFileWork = WorkBudget.defaultLimit
  var progress: Progress?
  /// With `--store`: unchanged files are taken from it instead of being read, and every
  /// file read is recorded in it (within its open transaction).
  var store: Store?

  /// Runs over `paths` (files and folders).
  func run(_ paths: [String]) async -> Result {
    var result = Result()
    let listing = ingestor.inputListing(for: paths)
    let storeFiles = storeFilePaths()
    let files = storeFiles.isEmpty ? listing.files : listing.files.filter { !storeFiles.contains(Self.realPath($0.path)) }
    result.diagnostics += listing.diagnostics
    result.nonArticles = listing.nonArticles
    result.outputFolders = listing.outputFolders
    result.files = files.count
    var read: [ReadArticle] = []
    var bestByHash: [UInt64: Int] = [:]
    // With a store: each stored file's articles, as a range of `read`.
    var stored: [(path: String, articles: Range<Int>)] = []
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
          take(output, into: &result, read: &read, bestByHash: &bestByHash, stored: &stored)
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
    let copies = merge(read, into: &result)
    if let store, result.storeError == nil {
      do {
        for file in stored {
          try store.updateCopies(path: file.path, copyOf: file.articles.map { copies[$0].map { read[$0].path } })
        }
      } catch {
        result.storeError = error as? StoreError ?? StoreError(.failed, path: store.path, reason: "\(error)")
      }
    }
    return result
  }

  /// Takes one file's output in input order: from the store when it holds the file
  /// unchanged, else as read, recording a file read in the store.
  private func take(
    _ output: FileOutput, into result: inout Result, read: inout [ReadArticle], bestByHash: inout [UInt64: Int],
    stored: inout [(path: String, articles: Range<Int>)]
  ) {
    var output = output
    if output.fromStore {
      if let file = try? store?.load(path: output.path) {
        output.articles = file.articles.map {
          ReadArticle(path: $0.article.path, date: $0.article.date, fingerprint: .init(of: $0.article), mentions: $0.mentions)
        }
        output.diagnostics = file.diagnostics
        result.filesFromStore += 1
      } else {
        // A row that cannot be read back is read again from the file.
        output = process(output.input, useStore: false)
      }
    }
    result.diagnostics += output.diagnostics
    let first = read.count
    for article in output.articles { keep(article, in: &read, bestByHash: &bestByHash) }
    guard let store, let stamp = output.stamp, result.storeError == nil else { return }
    stored.append((output.path, first..<read.count))
    if output.fromStore {
      result.storedPaths.insert(output.path)
      return
    }
    // Copies are known only at the end (see `updateCopies`); mentions as extracted.
    let file = StoredFile(
      path: output.path, contentHash: stamp.hash, bytes: stamp.bytes,
      articles: zip(output.texts, output.articles).map { StoredArticle(article: $0.0, mentions: $0.1.mentions, copyOf: nil) },
      diagnostics: output.diagnostics)
    do {
      try store.save(file)
      result.storedPaths.insert(output.path)
    } catch {
      result.storeError = error as? StoreError ?? StoreError(.failed, path: store.path, reason: "\(error)")
    }
  }

  /// Adds the articles read, in input order, counting copies once. Which copy is kept does
  /// not depend on file names or order (the earliest date, then the content hash).
  /// - Returns: For each copy, the index of the article it copies.
  @discardableResult
  private func merge(_ read: [ReadArticle], into result: inout Result) -> [Int: Int] {
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
    return copies
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
    var input: InputFile
    var path: String { input.path }
    var articles: [ReadArticle]
    var diagnostics: [IngestDiagnostic]
    /// The articles themselves, kept only to be saved in a store.
    var texts: [Article] = []
    /// The file's content hash and size, when it is a regular file within the size limit
    /// and a store is in use.
    var stamp: ContentHash.Stamp? = nil
    /// Whether the store holds this very file (same path and content, same extractor).
    var fromStore = false
  }

  private func process(_ file: InputFile, useStore: Bool = true) -> FileOutput {
    var stamp: ContentHash.Stamp?
    if let store, file.path != InputFile.standardInput {
      stamp = ContentHash.stamp(ofFileAt: file.path, limit: ingestor.options.maxFileSize)
      // A file described by its folder's sources.tsv is stored under a hash of its content
      // and that row, so a changed row reads it again.
      if let provenance = file.provenance, let plain = stamp?.hash {
        stamp?.hash = ContentHash.sha256(Array((plain + "\nsources.tsv\t" + provenance.key).utf8))
      }
      if useStore, let stamp, store.current[file.path] == stamp.hash {
        return FileOutput(input: file, articles: [], diagnostics: [], stamp: stamp, fromStore: true)
      }
    }
    let (articles, diagnostics) = ingestor.read(file)
    var budget = WorkBudget(limit: maxFileWork)
    var read: [ReadArticle] = []
    for article in articles {
      guard let mentions = extractor.mentions(in: article, budget: &budget) else {
        // Not stored: a later run with a larger limit reads it again.
        return FileOutput(input: file, articles: [], diagnostics: diagnostics + [Self.tooComplex(file.path, limit: maxFileWork)])
      }
      read.append(ReadArticle(path: article.path, date: article.date, fingerprint: .init(of: article), mentions: mentions))
    }
    return FileOutput(input: file, articles: read, diagnostics: diagnostics, texts: stamp == nil ? [] : articles, stamp: stamp)
  }

  /// The diagnostic of a file whose extraction needed more than `limit` work steps.
  static func tooComplex(_ path: String, limit: Int) -> IngestDiagnostic {
    IngestDiagnostic(
      path: path, severity: .skipped,
      message: "too complex, skipped: extraction needs more than \(millions(limit)) million work steps (--max-file-work)")
  }

  /// `steps` in millions, without a fraction when whole.
  static func millions(_ steps: Int) -> String {
    let value = Double(steps) / 1_000_000
    return value == value.rounded() ? String(Int(value)) : String(value)
  }

  /// The store and its journals, left out of the input when the store is kept inside an input folder.
  private func storeFilePaths() -> Set<String> {
    guard let store else { return [] }
    let own = Self.realPath(store.path)
    return [own, own + "-wal", own + "-shm", own + "-journal"]
  }

  private static func realPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
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
