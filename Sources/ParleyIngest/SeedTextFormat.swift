/// Seed-style scrapes (` date YYYY-MM-DD STATUS`, headline, one paragraph a
/// line) and plain text without a header.
enum SeedTextFormat {
  /// The date and status of a ` date YYYY-MM-DD STATUS` header line.
  struct Header: Equatable {
    var date: CivilDate?
    var status: Int?
  }

  /// Parses a header line (leading spaces already trimmed or not).
  static func header(_ line: some StringProtocol) -> Header? {
    let tokens = line.split(separator: " ")
    guard tokens.count >= 2, tokens.count <= 3, tokens[0].lowercased() == "date" else { return nil }
    let datePart = tokens[1].prefix(10)
    guard let date = CivilDate(iso: datePart) else { return nil }
    var status: Int?
    if tokens.count == 3 {
      guard let s = Int(tokens[2]), (100...599).contains(s) else { return nil }
      status = s
    }
    return Header(date: date, status: status)
  }

  /// The date of a header line shaped like ` date YYYY-MM-DD …` whose date names no real
  /// day (2025-02-30), or nil.
  static func impossibleHeaderDate(_ line: some StringProtocol) -> String? {
    let tokens = line.split(separator: " ")
    guard tokens.count >= 2, tokens.count <= 3, tokens[0].lowercased() == "date" else { return nil }
    let datePart = tokens[1].prefix(10)
    let shape = datePart.map { $0.isASCII && $0.isNumber ? "9" : String($0) }.joined()
    guard shape == "9999-99-99", CivilDate(iso: datePart) == nil else { return nil }
    return String(datePart)
  }

  /// Whether normalised text starts with a seed header.
  static func hasHeader(_ text: String) -> Bool {
    let first = text.prefix(while: { $0 != "\n" })
    return header(first) != nil
  }

  /// Parses normalised text with or without a seed header.
  static func parse(_ text: String) -> ParsedDocument {
    var lines = TextNormalization.lines(of: text)
    while let first = lines.first, first.isEmpty { lines.removeFirst() }
    var head: Header?
    var impossibleDate: String?
    if let first = lines.first, let h = header(first) {
      head = h
      lines.removeFirst()
    } else if let first = lines.first, let bad = impossibleHeaderDate(first) {
      impossibleDate = bad
      lines.removeFirst()
    }
    let skipped = preambleLength(lines)
    lines.removeFirst(skipped)
    while let first = lines.first, first.isEmpty { lines.removeFirst() }

    var title: String?
    if let first = lines.first, head != nil || looksLikeHeadline(first, followedBy: lines.dropFirst()) {
      title = first
      lines.removeFirst()
    }
    var document = ParsedDocument(
      title: title, paragraphs: paragraphs(fromLines: lines[...]), date: head?.date,
      dateSource: .header, status: head?.status, format: head == nil ? .plainText : .seedText)
    document.impossibleDate = impossibleDate
    return document
  }

  /// How many leading non-blank lines are error-page or navigation noise.
  /// Stops at the first line that could be the headline; never eats everything.
  static func preambleLength(_ lines: [String]) -> Int {
    var index = 0
    var lastNoise = 0
    while index < lines.count && index < 12 {
      let line = lines[index]
      if !line.isEmpty {
        guard Boilerplate.isPreambleNoise(line) else { break }
        lastNoise = index + 1
      }
      index += 1
    }
    return lastNoise < lines.count ? lastNoise : 0
  }

  /// A headline: short, not a full sentence, and something follows it.
  static func looksLikeHeadline(_ line: String, followedBy rest: ArraySlice<String>) -> Bool {
    guard rest.contains(where: { !$0.isEmpty }) else { return false }
    let words = TextKeys.tokenCount(line)
    guard line.count <= 200, words >= 1, words <= 30 else { return false }
    return !line.hasSuffix(".") || line.hasSuffix("...")
  }

  /// Paragraphs from body lines: one a line, unless blank lines separate
  /// hard-wrapped blocks, which are joined.
  static func paragraphs(fromLines lines: ArraySlice<String>) -> [String] {
    var blocks: [[String]] = [[]]
    for line in lines {
      if line.isEmpty {
        if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
      } else {
        blocks[blocks.count - 1].append(line)
      }
    }
    var result: [String] = []
    for block in blocks where !block.isEmpty {
      if isHardWrapped(block) {
        result.append(block.joined(separator: " "))
      } else {
        result.append(contentsOf: block)
      }
    }
    return result
  }

  /// Lines of a block that were wrapped at a fixed width (all but the last of
  /// similar, moderate length).
  static func isHardWrapped(_ block: [String]) -> Bool {
    guard block.count >= 2 else { return false }
    let body = block.dropLast()
    guard let longest = block.map(\.count).max(), longest <= 100 else { return false }
    let average = body.map(\.count).reduce(0, +) / body.count
    return average >= 40
  }
}
