/// The clean-up shared by all formats: boilerplate, repeated paragraphs,
/// dateline and file-name date.
enum ArticleAssembly {
  /// Turns a parsed document into an article plus warnings; `provenance` (the file's row of
  /// its folder's `sources.tsv`) names the outlet when the document does not.
  static func article(
    from document: ParsedDocument, path: String, provenance: Provenance? = nil
  ) -> (Article?, [IngestDiagnostic]) {
    var diagnostics: [IngestDiagnostic] = document.warnings.map { .warning(path, $0) }
    let title = document.title.map(TextNormalization.singleLine).flatMap { $0.isEmpty ? nil : $0 }
    var paragraphs = document.paragraphs.map(TextNormalization.singleLine).filter { !$0.isEmpty }
    if let longest = paragraphs.lazy.map(\.utf8.count).max(), longest > maxParagraphBytes {
      paragraphs = paragraphs.flatMap { pieces(of: $0, limit: maxParagraphBytes) }
      diagnostics.append(
        .warning(path, "a paragraph of \(longest) bytes split at sentence ends into pieces of at most \(maxParagraphBytes)"))
    }
    paragraphs = removeBoilerplate(paragraphs.map(InlineNoise.clean))
    paragraphs = ParagraphDeduplication.deduplicate(paragraphs, title: title)

    var date = document.date
    var dateSource = date == nil ? DateSource.none : document.dateSource
    var place: String?
    var agency: String?
    if let (index, dateline) = paragraphs.indices.prefix(2).lazy
      .compactMap({ i in Dateline.parse(paragraphs[i]).map { (i, $0) } }).first
    {
      place = dateline.place
      agency = dateline.agency
      if dateline.remainder.isEmpty {
        paragraphs.remove(at: index)
      } else {
        paragraphs[index] = dateline.remainder
      }
      if date == nil, let month = dateline.month, let day = dateline.day {
        if let year = FileNameDate.year(inPath: path), let d = CivilDate(year: year, month: month, day: day) {
          date = d
          dateSource = .dateline
        } else {
          diagnostics.append(.warning(path, "dateline gives a month and day but no year was found"))
        }
      }
    }
    if date == nil, let fromName = FileNameDate.date(inPath: path) {
      date = fromName
      dateSource = .fileName
    }
    if title == nil && paragraphs.isEmpty {
      diagnostics.append(.skipped(path, "no article text found"))
      return (nil, diagnostics)
    }
    if let bad = document.impossibleDate {
      diagnostics.append(.warning(path, "impossible header date \(bad) ignored" + (date == nil ? "; relative dates stay unresolved" : "")))
    } else if date == nil {
      diagnostics.append(.warning(path, "no publication date found; relative dates stay unresolved"))
    }
    let article = Article(
      path: path, title: title, date: date, dateSource: dateSource, status: document.status,
      place: place, paragraphs: paragraphs, format: document.format, url: document.url,
      outlet: Outlet.name(
        metadata: document.outlet.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? provenance?.outlet, agency: agency, url: document.url ?? provenance?.url))
    return (article, diagnostics)
  }

  /// Paragraphs longer than this many UTF-8 bytes (a whole file on one line) are split at
  /// sentence ends, so that no later stage works on one enormous paragraph.
  static let maxParagraphBytes = 64 * 1024

  /// `paragraph` cut into pieces of at most `limit` bytes: after the last ". ", "! " or "? "
  /// in the second half of each window, else at the last space, else at a character boundary.
  static func pieces(of paragraph: String, limit: Int) -> [String] {
    let bytes = Array(paragraph.utf8)
    guard bytes.count > limit else { return [paragraph] }
    var result: [String] = []
    var start = 0
    while start < bytes.count {
      var end = min(start + limit, bytes.count)
      if end < bytes.count {
        let floor = start + limit / 2
        var cut: Int?
        var i = end - 1
        while i > floor {
          if bytes[i] == 0x20, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[i - 1]) {
            cut = i
            break
          }
          i -= 1
        }
        if cut == nil { cut = bytes[floor..<end].lastIndex(of: 0x20) }
        if let cut {
          end = cut
        } else {
          while end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
      }
      let piece = String(decoding: bytes[start..<end], as: UTF8.self)
      if !piece.isEmpty { result.append(piece) }
      start = end
      while start < bytes.count, bytes[start] == 0x20 { start += 1 }
    }
    return result
  }

  /// Drops boilerplate lines anywhere, bylines near the start, and a trailing
  /// "Related articles" block with its link lines.
  static func removeBoilerplate(_ paragraphs: [String]) -> [String] {
    var kept: [String] = []
    kept.reserveCapacity(paragraphs.count)
    var skipNextAsDisclaimerBody = false
    for (index, paragraph) in paragraphs.enumerated() {
      if Boilerplate.isNoise(paragraph) {
        let lower = paragraph.lowercased()
        skipNextAsDisclaimerBody = lower.hasPrefix("legal disclaimer") || lower.hasPrefix("disclaimer")
        continue
      }
      if skipNextAsDisclaimerBody {
        skipNextAsDisclaimerBody = false
        if paragraph.count <= 600 && index >= paragraphs.count - 3 { continue }
      }
      if kept.count < 2 && index < 4 && Boilerplate.isByline(paragraph) { continue }
      kept.append(paragraph)
    }
    // A "Related articles" header followed only by link-like lines ends the article.
    if let header = kept.indices.first(where: {
      Boilerplate.isTrailerHeader(kept[$0]) && kept[($0 + 1)...].allSatisfy(Boilerplate.isLinkLike)
    }) {
      kept.removeSubrange(header...)
    }
    return kept
  }
}
