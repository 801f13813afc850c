import Foundation
import ParleyExtract
import ParleyIngest
import ParleyStore

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
    var detector = DuplicateDetector()
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
          merge(output, into: &result, detector: &detector)
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
    return result
  }

  /// Adds the articles of one file, in input order, counting copies once; with a store,
  /// takes an unchanged file from it and records a new one in it.
  private func merge(_ output: FileOutput, into result: inout Result, detector: inout DuplicateDetector) {
    var output = output
    if output.fromStore {
      if let stored = try? store?.load(path: output.path) {
        output.articles = stored.articles.map { ($0.article, $0.mentions) }
        output.diagnostics = stored.diagnostics
        result.filesFromStore += 1
      } else {
        // A row that cannot be read back is read again from the file.
        output = process(InputFile(path: output.path), useStore: false)
      }
    }
    result.diagnostics += output.diagnostics
    var copies: [String?] = []
    for (article, mentions) in output.articles {
      if let original = detector.original(of: article) {
        result.copies += 1
        result.diagnostics.append(
          IngestDiagnostic(
            path: article.path, severity: .warning, message: "a copy of \(original); counted once"))
        copies.append(original)
        continue
      }
      copies.append(nil)
      result.articles += 1
      result.mentions += mentions
    }
    guard let store, let stamp = output.stamp, result.storeError == nil else { return }
    let file = StoredFile(
      path: output.path, contentHash: stamp.hash, bytes: stamp.bytes,
      articles: zip(output.articles, copies).map { StoredArticle(article: $0.0.0, mentions: $0.0.1, copyOf: $0.1) },
      diagnostics: output.diagnostics)
    do {
      if output.fromStore { try store.updateCopies(of: file) } else { try store.save(file) }
      result.storedPaths.insert(output.path)
    } catch {
      result.storeError = error as? StoreError ?? StoreError(.failed, path: store.path, reason: "\(error)")
    }
  }

  private struct FileOutput: Sendable {
    var path: String
    var articles: [(Article, [Mention])]
    var diagnostics: [IngestDiagnostic]
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
      if useStore, let stamp, store.current[file.path] == stamp.hash {
        return FileOutput(path: file.path, articles: [], diagnostics: [], stamp: stamp, fromStore: true)
      }
    }
    let (articles, diagnostics) = ingestor.read(file)
    return FileOutput(
      path: file.path, articles: articles.map { ($0, extractor.mentions(in: $0)) }, diagnostics: diagnostics,
      stamp: stamp)
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
