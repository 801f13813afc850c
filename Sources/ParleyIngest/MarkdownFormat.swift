/// Markdown, with or without YAML front matter (`title`, `date`, `url`).
enum MarkdownFormat {
  /// Parses normalised Markdown text.
  static func parse(_ text: String) -> ParsedDocument {
    var lines = TextNormalization.lines(of: text)[...]
    while lines.first?.isEmpty == true { lines.removeFirst() }
    var front: [String: String] = [:]
    if lines.first == "---", let end = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) {
      front = frontMatter(lines[(lines.startIndex + 1)..<end])
      lines = lines[(end + 1)...]
    }
    var title = front["title"] ?? front["headline"]
    var paragraphs: [String] = []
    var block: [String] = []
    var inFence = false
    func flush() {
      if !block.isEmpty { paragraphs.append(inline(block.joined(separator: " "))) }
      block = []
    }
    var index = lines.startIndex
    while index < lines.endIndex {
      let line = lines[index]
      let next = index + 1 < lines.endIndex ? lines[index + 1] : ""
      index += 1
      if line.hasPrefix("```") || line.hasPrefix("~~~") {
        flush()
        inFence.toggle()
        continue
      }
      if inFence {
        paragraphs.append(line)
        continue
      }
      if line.isEmpty || isRule(line) {
        flush()
        continue
      }
      if !next.isEmpty && (next.allSatisfy { $0 == "=" } || (next.allSatisfy { $0 == "-" } && next.count >= 2)) {
        flush()  // setext heading
        heading(inline(line), level: next.first == "=" ? 1 : 2, title: &title, paragraphs: &paragraphs)
        index += 1
        continue
      }
      if line.hasPrefix("#") {
        let level = line.prefix(while: { $0 == "#" }).count
        let rest = line.dropFirst(level)
        if level <= 6, rest.isEmpty || rest.hasPrefix(" ") {
          flush()
          let text = MarkdownInline.withoutClosingHashes(rest.trimmingSpaces)
          heading(inline(text), level: level, title: &title, paragraphs: &paragraphs)
          continue
        }
      }
      if isReferenceDefinition(line) { continue }
      if let item = listItem(line) {
        flush()
        block = [item]
        continue
      }
      block.append(line.hasPrefix(">") ? String(line.drop(while: { $0 == ">" || $0 == " " })) : line)
    }
    flush()
    let date = (front["date"] ?? front["published"] ?? front["pubdate"] ?? front["publish_date"])
      .flatMap(DateParsing.date(from:))
    return ParsedDocument(
      title: title, paragraphs: paragraphs.filter { !$0.isEmpty }, date: date, dateSource: .metadata,
      url: front["url"] ?? front["link"] ?? front["source"], format: .markdown,
      outlet: front["outlet"] ?? front["publisher"] ?? front["site_name"]
        ?? front["source"].flatMap { $0.contains("://") ? nil : $0 })
  }

  private static func heading(_ text: String, level: Int, title: inout String?, paragraphs: inout [String]) {
    if title == nil && paragraphs.isEmpty {
      title = text
    } else if !text.isEmpty {
      paragraphs.append(text)
    }
  }

  /// `key: value` lines of YAML front matter (scalars only; quotes removed).
  static func frontMatter(_ lines: ArraySlice<String>) -> [String: String] {
    var result: [String: String] = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingSpaces.lowercased()
      var value = line[line.index(after: colon)...].trimmingSpaces
      if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
        value = String(value.dropFirst().dropLast())
      }
      if !key.isEmpty, !value.isEmpty, result[key] == nil { result[key] = value }
    }
    return result
  }

  private static func isRule(_ line: String) -> Bool {
    let compact = line.filter { $0 != " " }
    return compact.count >= 3 && (compact.allSatisfy { $0 == "-" } || compact.allSatisfy { $0 == "*" }
      || compact.allSatisfy { $0 == "_" })
  }

  private static func isReferenceDefinition(_ line: String) -> Bool {
    line.hasPrefix("[") && line.contains("]: ")
  }

  /// The text of a list item ("- a", "* a", "+ a", "1. a"), or nil.
  private static func listItem(_ line: String) -> String? {
    for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) { return String(line.dropFirst(2)) }
    let digits = line.prefix(while: \.isNumber)
    if !digits.isEmpty, digits.count <= 3 {
      let rest = line.dropFirst(digits.count)
      if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)) }
    }
    return nil
  }

  /// Removes inline syntax: images, links (keeping their text), emphasis, code spans, HTML
  /// tags; linear in the text's length (see ``MarkdownInline``).
  static func inline(_ text: String) -> String {
    HTMLEntities.decode(TextNormalization.singleLine(MarkdownInline.strip(text)))
  }
}
