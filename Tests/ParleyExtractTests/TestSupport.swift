import ParleyExtract
import ParleyIngest

/// An article of one or more paragraphs, dated `date`.
func article(_ paragraphs: String..., date: String = "2025-04-28", path: String = "test.txt") -> Article {
  Article(
    path: path, title: nil, date: CivilDate(iso: date), dateSource: .header,
    paragraphs: paragraphs)
}

/// Mentions as compact strings: "source>target TYPE status date" (">" directed, "=" reciprocal).
func dyads(_ paragraphs: String..., date: String = "2025-04-28") -> [String] {
  let a = Article(path: "t.txt", date: CivilDate(iso: date), dateSource: .header, paragraphs: paragraphs)
  return Extractor().mentions(in: a).map { m in
    "\(m.source.id)\(m.reciprocal ? "=" : ">")\(m.target.id) \(m.type.rawValue) \(m.status.rawValue) \(m.date?.description ?? "-")"
  }
}
