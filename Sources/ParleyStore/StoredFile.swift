import ParleyExtract
import ParleyIngest

/// What one input file gave: its articles with their mentions and its diagnostics, as the
/// store keeps them so that an unchanged file need not be read again.
public struct StoredFile: Sendable {
  /// The path as given (or as found under a given folder).
  public var path: String
  /// ``ContentHash/sha256(_:)`` of the bytes read.
  public var contentHash: String
  /// The number of bytes read.
  public var bytes: Int
  /// The file's articles in file order, each with the mentions extracted from it.
  public var articles: [StoredArticle]
  /// The warnings (and the reason it was skipped, when it yielded nothing) of reading it.
  public var diagnostics: [IngestDiagnostic]

  /// Creates a stored file.
  public init(path: String, contentHash: String, bytes: Int, articles: [StoredArticle], diagnostics: [IngestDiagnostic]) {
    self.path = path
    self.contentHash = contentHash
    self.bytes = bytes
    self.articles = articles
    self.diagnostics = diagnostics
  }
}

/// An article with the mentions extracted from it (sources and targets as found).
public struct StoredArticle: Sendable {
  public var article: Article
  public var mentions: [Mention]
  /// The path of the earlier article it copies (found by ``DuplicateDetector`` in input
  /// order this run), or nil for an original.
  public var copyOf: String?

  /// Creates a stored article.
  public init(article: Article, mentions: [Mention], copyOf: String? = nil) {
    self.article = article
    self.mentions = mentions
    self.copyOf = copyOf
  }

  /// The outlet of an article: the host of its URL, lowercased, without a leading `www.`;
  /// nil when the article has no URL.
  public static func outlet(of article: Article) -> String? {
    guard let url = article.url, let schemeEnd = url.range(of: "://") else { return nil }
    var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
    if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") { host = host[..<colon] }
    var name = host.lowercased()
    if name.hasPrefix("www.") { name.removeFirst(4) }
    return name.isEmpty ? nil : name
  }
}
