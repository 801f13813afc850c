/// One news article after ingest: format detected, text decoded, noise and
/// repeated paragraphs removed.
public struct Article: Sendable, Hashable {
  /// The path as the user gave it (or as found under a folder they gave).
  public var path: String
  /// The headline, when the source has one.
  public var title: String?
  /// The publication date, when known.
  public var date: CivilDate?
  /// Where ``date`` came from.
  public var dateSource: DateSource
  /// The HTTP-like status of seed-style scrapes (e.g. 200, 403), when present.
  public var status: Int?
  /// A place from a dateline ("MOSCOW, April 28 (Reuters) -"), when present.
  public var place: String?
  /// Body paragraphs in order, each once.
  public var paragraphs: [String]
  /// The detected source format.
  public var format: ArticleFormat
  /// The source URL, when the format carries one.
  public var url: String?
  /// The outlet that published it ("Reuters", "example.com"), when the file says: HTML
  /// `og:site_name`, a JSON `source`/`outlet`/`publisher` field, an agency tag opening the
  /// story ("(Reuters) -"), else the URL's host. Never the folder the file sits in.
  public var outlet: String?

  /// Creates an article.
  public init(
    path: String, title: String? = nil, date: CivilDate? = nil,
    dateSource: DateSource = .none, status: Int? = nil, place: String? = nil,
    paragraphs: [String], format: ArticleFormat = .plainText, url: String? = nil, outlet: String? = nil
  ) {
    self.path = path
    self.title = title
    self.date = date
    self.dateSource = date == nil ? .none : dateSource
    self.status = status
    self.place = place
    self.paragraphs = paragraphs
    self.format = format
    self.url = url
    self.outlet = outlet
  }

  /// The headline (if any) followed by the body, one paragraph a line.
  public var text: String {
    ([title].compactMap { $0 } + paragraphs).joined(separator: "\n")
  }
}

/// The formats ingest recognises.
public enum ArticleFormat: String, Sendable, Hashable, CaseIterable, Codable {
  /// ` date YYYY-MM-DD STATUS` header, headline, one paragraph a line.
  case seedText = "seed"
  /// Text with no header.
  case plainText = "text"
  case html
  case json
  case jsonLines = "jsonl"
  case markdown
}

/// Where an article's date came from, best first.
public enum DateSource: String, Sendable, Hashable, Codable {
  case header, metadata, dateline, fileName = "file-name", none
}
