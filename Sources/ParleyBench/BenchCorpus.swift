import Foundation
import ParleyIngest

/// The benchmark corpus: the files of a folder, read once, and replicated on
/// disk to the sizes the stages need.
struct BenchCorpus {
  /// One input file of the base corpus.
  struct Entry {
    /// The path below the corpus folder.
    var relativePath: String
    /// The file's bytes.
    var bytes: Data
    /// The articles ingest finds in it.
    var articles: [Article]
  }

  /// A replicated corpus written to disk.
  struct Replica {
    var folder: String
    var files: [InputFile]
    var bytes: Int
    var articles: Int
  }

  /// The files that yield at least one article, in path order.
  var entries: [Entry]

  /// Bytes of all input files.
  var bytes: Int { entries.reduce(0) { $0 + $1.bytes.count } }
  /// Articles in all files.
  var articleCount: Int { entries.reduce(0) { $0 + $1.articles.count } }

  /// Reads every file under `root` that ingest accepts.
  /// - Returns: nil when `root` holds no readable article.
  static func load(root: String, ingestor: Ingestor) -> BenchCorpus? {
    let base = root.hasSuffix("/") ? String(root.dropLast()) : root
    var entries: [Entry] = []
    for file in ingestor.inputFiles(for: [base]).files {
      let (articles, _) = ingestor.read(file)
      guard !articles.isEmpty, let bytes = FileManager.default.contents(atPath: file.path) else {
        continue
      }
      let relative = file.path.hasPrefix(base + "/") ? String(file.path.dropFirst(base.count + 1)) : file.path
      entries.append(Entry(relativePath: relative, bytes: bytes, articles: articles))
    }
    return entries.isEmpty ? nil : BenchCorpus(entries: entries)
  }

  /// How many whole copies of the corpus reach `bytes`.
  func copies(toReach bytes: Int) -> Int {
    max(1, (bytes + self.bytes - 1) / max(1, self.bytes))
  }

  /// Writes whole copies of the corpus (`copy-000/…`, `copy-001/…`) into `folder`
  /// until they hold at least `minimumBytes`.
  func replicate(into folder: String, minimumBytes: Int) throws -> Replica {
    try write(into: folder) { total, _, _ in total.bytes < minimumBytes }
  }

  /// Writes copies of the corpus into `folder` until they hold exactly `count`
  /// articles (or as close as whole files allow), skipping files that would overshoot.
  func replicate(into folder: String, articles count: Int) throws -> Replica {
    try write(into: folder) { total, entry, _ in total.articles + entry.articles.count <= count }
  }

  /// Writes entries copy after copy while `keep(total so far, entry, copy)` says so,
  /// stopping after the first copy that adds nothing.
  private func write(
    into folder: String, keep: (_ total: Replica, _ entry: Entry, _ copy: Int) -> Bool
  ) throws -> Replica {
    let fm = FileManager.default
    var replica = Replica(folder: folder, files: [], bytes: 0, articles: 0)
    var copy = 0
    while true {
      var added = false
      for entry in entries where keep(replica, entry, copy) {
        let path = folder + "/" + Self.copyName(copy) + "/" + entry.relativePath
        try fm.createDirectory(
          atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard fm.createFile(atPath: path, contents: entry.bytes) else {
          throw BenchError("could not write \(path)")
        }
        replica.files.append(InputFile(path: path))
        replica.bytes += entry.bytes.count
        replica.articles += entry.articles.count
        added = true
      }
      if !added { break }
      copy += 1
    }
    return replica
  }

  /// Writes the first files of the corpus, in path order, into `folder` until their
  /// articles hold at least `textBytes` bytes of text (or the corpus ends): the fixed
  /// slice instructions are counted over.
  func slice(into folder: String, textBytes: Int) throws -> Replica {
    var text = 0
    return try write(into: folder) { _, entry, copy in
      guard copy == 0, text < textBytes else { return false }
      text += entry.articles.reduce(0) { $0 + $1.text.utf8.count }
      return true
    }
  }

  /// "copy-007".
  static func copyName(_ copy: Int) -> String {
    let digits = String(copy)
    return "copy-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }
}
