/// What a format reader extracts from one document, before the shared clean-up
/// (boilerplate, repeats, dateline, file-name date) turns it into an ``Article``.
struct ParsedDocument {
  var title: String?
  var paragraphs: [String]
  var date: CivilDate?
  var dateSource: DateSource = .none
  var status: Int?
  var url: String?
  /// The outlet named by the document's metadata (`og:site_name`, a JSON `source` field).
  var outlet: String?
  var format: ArticleFormat
  /// A header date that has the right shape but names no real day (e.g. 2025-02-30).
  var impossibleDate: String?
  /// Notes for the user about how the document was read (e.g. nesting too deep, flattened).
  var warnings: [String] = []

  init(
    title: String? = nil, paragraphs: [String], date: CivilDate? = nil,
    dateSource: DateSource = .none, status: Int? = nil, url: String? = nil,
    format: ArticleFormat, outlet: String? = nil
  ) {
    self.title = title
    self.paragraphs = paragraphs
    self.date = date
    self.dateSource = date == nil ? .none : dateSource
    self.status = status
    self.url = url
    self.format = format
    self.outlet = outlet
  }
}
