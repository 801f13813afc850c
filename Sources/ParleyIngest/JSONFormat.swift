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

  /// Parses a whole file (JSON, or JSON Lines when the whole is not valid JSON). The
  /// records of a top-level array (or of an object's `articles`, `items`, … array) are
  /// turned into documents one at a time, so memory follows the documents, not the tree.
  static func parse(_ text: String) -> Outcome {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var streamed: [String?: [ParsedDocument]] = [:]
    var streamedRecords: [String?: Int] = [:]
    do throws(JSONReader.Failure) {
      let top = try JSONReader.stream(
        bytes, streams: { containerKeys.contains($0.lowercased()) },
        visit: { key, element in
          guard case .object = element else { return }
          streamedRecords[key, default: 0] += 1
          if let document = document(from: element, format: .json) { streamed[key, default: []].append(document) }
        })
      var records = 0
      var documents: [ParsedDocument] = []
      if case .object(let pairs) = top {
        let fields = lowercasedKeys(pairs)
        let container = textKeys.contains(where: { fields[$0] != nil })
          ? nil : containerKeys.first(where: { fields[$0].map(isArray) ?? false })
        if let container, let key = pairs.map(\.key).filter({ $0.lowercased() == container }).sorted().first {
          records = streamedRecords[key] ?? 0
          documents = streamed[key] ?? []
        } else {
          records = 1
          documents = document(from: top, format: .json).map { [$0] } ?? []
        }
      } else {
        records = streamedRecords[nil] ?? 0
        documents = streamed[nil] ?? []
      }
      guard records > 0 else { return .failure("JSON holds no article objects") }
      return documents.isEmpty
        ? .failure("JSON holds no article text (no text, body, content, maintext or article field)")
        : .success(documents, warnings: [])
    } catch .tooDeep {
      return .failure("JSON nested deeper than \(JSONReader.maxDepth) levels")
    } catch {
      // Not one JSON value: JSON Lines.
    }
    streamed = [:]
    var documents: [ParsedDocument] = []
    var invalidLines: [Int] = []
    var lineCount = 0
    var lineNumber = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? bytes.count
      lineNumber += 1
      defer {
        // CR LF is one line break.
        lineStart = lineEnd + (lineEnd + 1 < bytes.count && bytes[lineEnd] == 0x0D && bytes[lineEnd + 1] == 0x0A ? 2 : 1)
      }
      guard bytes[lineStart..<lineEnd].contains(where: { ![0x20, 0x09, 0x0B, 0x0C].contains($0) }) else { continue }
      lineCount += 1
      guard let object = try? JSONReader.parse(bytes, lineStart..<lineEnd) else {
        invalidLines.append(lineNumber)
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

  private static func isArray(_ value: JSONReader.Value) -> Bool {
    if case .array = value { return true }
    return false
  }

  /// The article-like objects: the object itself, an array's objects, or a container field's.
  private static func records(in object: JSONReader.Value) -> [JSONReader.Value] {
    func objects(_ items: [JSONReader.Value]) -> [JSONReader.Value] {
      items.filter { if case .object = $0 { return true } else { return false } }
    }
    if case .array(let items) = object { return objects(items) }
    guard case .object(let pairs) = object else { return [] }
    let lowered = lowercasedKeys(pairs)
    if textKeys.contains(where: { lowered[$0] != nil }) { return [object] }
    for key in containerKeys {
      if case .array(let items)? = lowered[key] { return objects(items) }
    }
    return [object]
  }

  /// Members by lower-cased key; of keys equal but for case, the first in sorted order wins.
  private static func lowercasedKeys(_ pairs: [(key: String, value: JSONReader.Value)]) -> [String: JSONReader.Value] {
    var exact: [String: JSONReader.Value] = [:]
    for (key, value) in pairs { exact[key] = value }
    var result: [String: JSONReader.Value] = [:]
    for (key, value) in exact.sorted(by: { $0.key < $1.key }) where result[key.lowercased()] == nil {
      result[key.lowercased()] = value
    }
    return result
  }

  /// One article from one object; nil when it has no text.
  static func document(from record: JSONReader.Value, format: ArticleFormat) -> ParsedDocument? {
    guard case .object(let pairs) = record else { return nil }
    let fields = lowercasedKeys(pairs)
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
      if case .number(let n)? = fields[key] { return DateParsing.date(from: n) }
      return nil
    }.first
    let url = urlKeys.lazy.compactMap { string(fields[$0]) }.first
    let outlet = outletKeys.lazy.compactMap { key -> String? in
      if let s = string(fields[key]) { return s }
      if case .object(let inner)? = fields[key] {
        let named = lowercasedKeys(inner)
        return string(named["name"]) ?? string(named["title"])
      }
      return nil
    }.map { TextNormalization.singleLine(HTMLEntities.decode($0)) }.first { !$0.isEmpty && $0.count <= 80 }
    return ParsedDocument(
      title: title, paragraphs: paragraphs, date: date, dateSource: .metadata, url: url,
      format: format, outlet: outlet)
  }

  /// Paragraphs of a text field: a string (plain or HTML), an array of strings,
  /// or an object with a `rendered`/`text` string.
  private static func bodyParagraphs(_ value: JSONReader.Value) -> [String] {
    switch value {
    case .string(let text):
      if HTMLFormat.looksLikeMarkup(text) { return HTMLFormat.paragraphs(ofFragment: text) }
      let lines = TextNormalization.lines(of: TextNormalization.normalize(text))
      return SeedTextFormat.paragraphs(fromLines: lines[...])
    case .array(let items):
      return items.flatMap { bodyParagraphs($0) }
    case .object(let pairs):
      let fields = lowercasedKeys(pairs)
      for key in ["rendered", "text", "value", "html"] + textKeys {
        if let inner = fields[key] {
          let result = bodyParagraphs(inner)
          if !result.isEmpty { return result }
        }
      }
      return []
    default:
      return []
    }
  }

  private static func string(_ value: JSONReader.Value?) -> String? {
    switch value {
    case .string(let s)? where !s.allSatisfy(\.isWhitespace): return s
    case .object?:
      let fields = value!.members!
      for key in ["rendered", "text", "value", "$date"] {
        if case .string(let s)? = fields[key] { return s }
      }
      return nil
    default:
      return nil
    }
  }
}
