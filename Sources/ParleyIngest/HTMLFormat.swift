import Foundation

/// HTML pages: metadata (title, date, URL) and the article body.
enum HTMLFormat {
  /// Parses a whole page.
  static func parse(_ html: String) -> ParsedDocument {
    let tokens = HTMLTokenizer.tokens(html)
    let metadata = Metadata(tokens: tokens)
    let body = HTMLBodyExtraction(tokens: tokens)
    let title = metadata.openGraphTitle ?? body.firstHeading ?? metadata.linkedDataHeadline
      ?? metadata.documentTitle.map(withoutSiteName)
    var document = ParsedDocument(
      title: title, paragraphs: body.paragraphs(), date: metadata.date, dateSource: .metadata,
      url: metadata.url, format: .html, outlet: metadata.siteName)
    if body.depthLimitReached {
      document.warnings.append(
        "HTML nested deeper than \(HTMLBodyExtraction.maxDepth) elements; the deeper ones were read as one")
    }
    return document
  }

  /// Paragraphs of an HTML fragment (e.g. a JSON `content` field holding `<p>` tags).
  static func paragraphs(ofFragment html: String) -> [String] {
    HTMLBodyExtraction(tokens: HTMLTokenizer.tokens(html)).paragraphs()
  }

  /// Whether a text field holds HTML markup rather than plain text.
  static func looksLikeMarkup(_ text: String) -> Bool {
    ["<p>", "<p ", "<br", "<div", "</p>", "<span", "<a href"].contains { text.contains($0) }
  }

  /// "Headline | Site" → "Headline" when the last part is short.
  static func withoutSiteName(_ title: String) -> String {
    for separator in [" | ", " - ", " — ", " – ", " :: "] {
      if let range = title.range(of: separator, options: .backwards) {
        let site = title[range.upperBound...]
        if TextKeys.tokenCount(site) <= 4 && title[..<range.lowerBound].count >= 10 {
          return String(title[..<range.lowerBound])
        }
      }
    }
    return title
  }

  /// What `<head>`, `<meta>`, `<time>` and JSON-LD say about the page.
  struct Metadata {
    var openGraphTitle: String?
    var documentTitle: String?
    var linkedDataHeadline: String?
    var url: String?
    var date: CivilDate?
    /// `og:site_name` (or `application-name`).
    var siteName: String?

    private static let dateMetaNames = [
      "article:published_time", "og:article:published_time", "datepublished", "published_time",
      "og:published_time", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
      "dcterms.issued", "pubdate", "publishdate", "publish-date", "publish_date", "date",
      "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date",
      "citation_date", "og:updated_time", "article:modified_time",
    ]

    init(tokens: [HTMLTokenizer.Token]) {
      var metas: [String: String] = [:]
      var timeDates: [(preferred: Bool, value: String)] = []
      var linkedDataDate: String?
      for token in tokens {
        switch token {
        case .start(let name, let attributes, _):
          if name == "meta", let content = attributes["content"] {
            for key in ["property", "name", "itemprop", "http-equiv"] {
              if let k = attributes[key]?.lowercased(), metas[k] == nil { metas[k] = content }
            }
          } else if name == "time", let datetime = attributes["datetime"] {
            let preferred = attributes["pubdate"] != nil || attributes["itemprop"] == "datePublished"
            timeDates.append((preferred, datetime))
          } else if name == "link", attributes["rel"]?.lowercased() == "canonical", url == nil {
            url = attributes["href"]
          }
        case .raw(let name, let attributes, let content):
          if name == "title", documentTitle == nil {
            documentTitle = TextNormalization.singleLine(HTMLEntities.decode(content))
          } else if name == "script", attributes["type"]?.lowercased() == "application/ld+json" {
            let found = Self.linkedData(content)
            linkedDataDate = linkedDataDate ?? found.date
            linkedDataHeadline = linkedDataHeadline ?? found.headline
          }
        default:
          continue
        }
      }
      openGraphTitle = (metas["og:title"] ?? metas["twitter:title"]).map {
        TextNormalization.singleLine(HTMLEntities.decode($0))
      }.flatMap { $0.isEmpty ? nil : $0 }
      url = metas["og:url"] ?? url
      siteName = (metas["og:site_name"] ?? metas["application-name"]).map {
        TextNormalization.singleLine(HTMLEntities.decode($0))
      }.flatMap { $0.isEmpty ? nil : $0 }
      var candidates: [String] = []
      if let v = metas["article:published_time"] { candidates.append(v) }
      if let v = linkedDataDate { candidates.append(v) }
      candidates += timeDates.filter(\.preferred).map(\.value)
      candidates += Self.dateMetaNames.compactMap { metas[$0] }
      candidates += timeDates.map(\.value)
      date = candidates.lazy.compactMap(DateParsing.date(from:)).first
    }

    /// `datePublished` and `headline` from a JSON-LD block (including `@graph`).
    static func linkedData(_ json: String) -> (date: String?, headline: String?) {
      guard let data = json.data(using: .utf8),
        let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { return (nil, nil) }
      var date: String?
      var headline: String?
      func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let dict = value as? [String: Any] {
          if date == nil, let d = dict["datePublished"] as? String { date = d }
          if headline == nil, let h = dict["headline"] as? String { headline = HTMLEntities.decode(h) }
          for (_, child) in dict.sorted(by: { $0.key < $1.key }) { visit(child, depth: depth + 1) }
        } else if let array = value as? [Any] {
          for child in array { visit(child, depth: depth + 1) }
        }
      }
      visit(object, depth: 0)
      return (date, headline)
    }
  }
}
