import Foundation

/// JSON articles: one object, an array of objects, an object holding such an
/// array (`articles`, `items`, `data`, …), or JSON Lines (one object a line).
enum JSONFormat {
  /// The articles found, or why the file holds none.
  enum Outcome {
    /// The documents, and warnings about lines that were left out (JSON Lines).
    case success([ParsedDocument], warnings: [String])
    case failure(String)
  }

  static let textKeys = [
    "text", "body", "content", "maintext", "article", "articlebody", "article_body", "fulltext",
    "full_text", "content_original", "story", "description",
  ]
  static let titleKeys = ["title", "headline", "name"]
  static let dateKeys = [
    "date", "published", "publish_date", "date_publish", "published_at", "datepublished",
    "date_published", "publication_date", "pubdate", "published_date", "publishedat", "created_at",
  ]
  static let urlKeys = ["url", "link", "source_url", "canonical_url", "uri"]
  /// Fields naming the outlet: a string, or an object with a `name`/`title`.
  static let outletKeys = ["outlet", "source", "publisher", "site_name", "sitename", "source_name", "site", "media"]
  /// At most this many invalid lines of one file are named; the rest are counted.
  static let maxLineWarnings = 10
  private static let containerKeys = ["articles", "items", "data", "results", "documents", "posts", "entries", "news"]

  /// Parses a whole file (JSON, or JSON Lines when the whole is not valid JSON).
  static func parse(_ text: String) -> Outcome {
    let trimmed = text.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
    if let object = jsonObject(String(trimmed)) {
      let records = records(in: object)
      guard !records.isEmpty else { return .failure("JSON holds no article objects") }
      let documents = records.compactMap { document(from: $0, format: .json) }
      return documents.isEmpty
        ? .failure("JSON holds no article text (no text, body, content, maintext or article field)")
        : .success(documents, warnings: [])
    }
    var documents: [ParsedDocument] = []
    var invalidLines: [Int] = []
    var lineCount = 0
    let allLines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (index, line) in allLines.enumerated() where !line.allSatisfy(\.isWhitespace) {
      lineCount += 1
      guard let object = jsonObject(String(line)) else {
        invalidLines.append(index + 1)
        continue
      }
      for record in records(in: object) {
        if let document = document(from: record, format: .jsonLines) { documents.append(document) }
      }
    }
    if lineCount <= 1 || invalidLines.count * 2 > lineCount { return .failure("invalid JSON") }
    let shown = invalidLines.prefix(maxLineWarnings).map { "line \($0): invalid JSON, line skipped" }
    let more = invalidLines.count - shown.count
    let warnings = shown + (more > 0 ? ["\(more) more invalid JSON line\(more == 1 ? "" : "s") skipped"] : [])
    return documents.isEmpty ? .failure("JSON Lines hold no article text") : .success(documents, warnings: warnings)
  }

  private static func jsonObject(_ text: String) -> Any? {
    guard let data = text.data(using: .utf8) else { return nil }
    return try? JSONSerialization.jsonObject(with: data, options: [])
  }

  /// The article-like objects: the object itself, an array's objects, or a container field's.
  private static func records(in object: Any) -> [[String: Any]] {
    if let array = object as? [Any] { return array.compactMap { $0 as? [String: Any] } }
    guard let dict = object as? [String: Any] else { return [] }
    let lowered = lowercasedKeys(dict)
    if textKeys.contains(where: { lowered[$0] != nil }) { return [dict] }
    for key in containerKeys {
      if let array = lowered[key] as? [Any] { return array.compactMap { $0 as? [String: Any] } }
    }
    return [dict]
  }

  private static func lowercasedKeys(_ dict: [String: Any]) -> [String: Any] {
    var result: [String: Any] = [:]
    for (key, value) in dict.sorted(by: { $0.key < $1.key }) where result[key.lowercased()] == nil {
      result[key.lowercased()] = value
    }
    return result
  }

  /// One article from one object; nil when it has no text.
  static func document(from record: [String: Any], format: ArticleFormat) -> ParsedDocument? {
    let fields = lowercasedKeys(record)
    var paragraphs: [String] = []
    for key in textKeys {
      guard let value = fields[key] else { continue }
      paragraphs = bodyParagraphs(value)
      if !paragraphs.isEmpty { break }
    }
    let title = titleKeys.lazy.compactMap { string(fields[$0]) }.first.map {
      TextNormalization.singleLine(HTMLEntities.decode($0))
    }
    guard !paragraphs.isEmpty || title != nil else { return nil }
    let date = dateKeys.lazy.compactMap { key -> CivilDate? in
      if let s = string(fields[key]) { return DateParsing.date(from: s) }
      if let n = fields[key] as? NSNumber { return DateParsing.date(from: n.stringValue) }
      return nil
    }.first
    let url = urlKeys.lazy.compactMap { string(fields[$0]) }.first
    let outlet = outletKeys.lazy.compactMap { key -> String? in
      if let s = fields[key] as? String { return s }
      if let dict = fields[key] as? [String: Any] {
        let inner = lowercasedKeys(dict)
        return (inner["name"] ?? inner["title"]) as? String
      }
      return nil
    }.map { TextNormalization.singleLine(HTMLEntities.decode($0)) }.first { !$0.isEmpty && $0.count <= 80 }
    return ParsedDocument(
      title: title, paragraphs: paragraphs, date: date, dateSource: .metadata, url: url,
      format: format, outlet: outlet)
  }

  /// Paragraphs of a text field: a string (plain or HTML), an array of strings,
  /// or an object with a `rendered`/`text` string.
  private static func bodyParagraphs(_ value: Any) -> [String] {
    if let text = value as? String {
      if HTMLFormat.looksLikeMarkup(text) { return HTMLFormat.paragraphs(ofFragment: text) }
      let lines = TextNormalization.lines(of: TextNormalization.normalize(text))
      return SeedTextFormat.paragraphs(fromLines: lines[...])
    }
    if let array = value as? [Any] {
      return array.flatMap { bodyParagraphs($0) }
    }
    if let dict = value as? [String: Any] {
      let fields = lowercasedKeys(dict)
      for key in ["rendered", "text", "value", "html"] + textKeys {
        if let inner = fields[key] {
          let result = bodyParagraphs(inner)
          if !result.isEmpty { return result }
        }
      }
    }
    return []
  }

  private static func string(_ value: Any?) -> String? {
    if let s = value as? String, !s.allSatisfy(\.isWhitespace) { return s }
    if let dict = value as? [String: Any] {
      for key in ["rendered", "text", "value", "$date"] {
        if let s = dict[key] as? String { return s }
      }
    }
    return nil
  }
}
