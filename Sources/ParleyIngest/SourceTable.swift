import Foundation

/// What a folder's provenance table says about one of its files: the outlet that published
/// it and its address.
public struct Provenance: Sendable, Hashable {
  /// The outlet ("Reuters", "en.kremlin.ru"), when the table names one.
  public var outlet: String?
  /// The article's URL, when the table gives one.
  public var url: String?

  /// Creates the provenance of a file.
  public init(outlet: String? = nil, url: String? = nil) {
    self.outlet = outlet
    self.url = url
  }

  /// A stable text of both fields, for cache keys (the store folds it into a file's hash).
  public var key: String { (outlet ?? "") + "\t" + (url ?? "") }
}

/// A provenance table kept beside articles: a tab-separated `sources.tsv` in the folder of
/// the files it describes, as scrapers and corpus tools often write one.
///
/// The first line is a header. One column names the file (`file`, `filename`, `file_name`
/// or `path`: the file's name in that folder); the outlet is the first of the columns
/// `outlet`, `publisher`, `source`, `site_name`, `sitename`, `source_name`, `site`,
/// `media`, and the address the column `url` or `link`. A table with no file column, or
/// with neither an outlet nor an address column, is not used (with a warning). Empty cells
/// say nothing. An article's outlet is what the file itself says (HTML `og:site_name`, a
/// JSON or front-matter field) first, then the table's outlet, then an agency tag of the
/// dateline, then the host of the file's or the table's URL.
public struct SourceTable: Sendable {
  /// The name of the table in a folder.
  public static let fileName = "sources.tsv"
  static let fileColumns = ["file", "filename", "file_name", "path"]
  static let urlColumns = ["url", "link"]
  /// The largest table read (bytes).
  static let maxBytes = 64 * 1024 * 1024

  /// The provenance of each file, by file name.
  public var rows: [String: Provenance] = [:]

  /// Reads the table text; a message when it cannot be used.
  static func parse(_ text: String) -> Result<SourceTable, SourceTableError> {
    var lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
      .makeIterator()
    guard let headerLine = lines.next() else { return .failure(SourceTableError("empty table")) }
    let header = headerLine.split(separator: "\t", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    guard let fileColumn = fileColumns.lazy.compactMap({ header.firstIndex(of: $0) }).first else {
      return .failure(SourceTableError("no file column (file, filename, file_name or path)"))
    }
    let outletColumn = JSONFormat.outletKeys.lazy.compactMap { header.firstIndex(of: $0) }.first
    let urlColumn = urlColumns.lazy.compactMap { header.firstIndex(of: $0) }.first
    guard outletColumn != nil || urlColumn != nil else {
      return .failure(SourceTableError("no outlet column (outlet, publisher, source, …) and no url column"))
    }
    var table = SourceTable()
    while let line = lines.next() {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      func cell(_ i: Int?) -> String? {
        guard let i, i < cells.count else { return nil }
        let value = TextNormalization.singleLine(String(cells[i]))
        return value.isEmpty ? nil : value
      }
      guard let file = cell(fileColumn) else { continue }
      let row = Provenance(outlet: cell(outletColumn), url: cell(urlColumn))
      guard row.outlet != nil || row.url != nil, table.rows[file] == nil else { continue }
      table.rows[file] = row
    }
    return .success(table)
  }

  /// The table of the folder at `folder` ("" for the current one): nil when there is none,
  /// or a warning when it cannot be used.
  static func read(inFolder folder: String) -> Result<SourceTable, SourceTableError>? {
    let path = folder.isEmpty ? fileName : (folder.hasSuffix("/") ? folder : folder + "/") + fileName
    guard FileStatus.isRegularFile(path) else { return nil }
    guard (FileStatus.size(path) ?? 0) <= maxBytes else { return .failure(SourceTableError("too large to read")) }
    guard let data = FileManager.default.contents(atPath: path) else { return .failure(SourceTableError("cannot be read")) }
    return parse(TextDecoding.decode([UInt8](data)).text)
  }
}

/// Why a provenance table is not used.
struct SourceTableError: Error, Sendable {
  var message: String
  init(_ message: String) { self.message = message }
}
