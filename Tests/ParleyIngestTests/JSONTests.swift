import Testing

@testable import ParleyIngest

@Suite("JSON and JSON Lines")
struct JSONTests {
  func documents(_ text: String) -> [ParsedDocument] {
    if case .success(let documents, _) = JSONFormat.parse(text) { return documents }
    return []
  }

  @Test(
    "each field-name family",
    arguments: [
      (#"{"title":"T","text":"Para one.\nPara two.","date":"2021-10-25"}"#, "2021-10-25"),
      (#"{"headline":"T","body":"Para one.\n\nPara two.","published":"2021-10-25T10:00:00Z"}"#, "2021-10-25"),
      (#"{"Title":"T","content":["Para one.","Para two."],"publish_date":"2021-10-25 10:00"}"#, "2021-10-25"),
      (#"{"title":"T","maintext":"Para one.\nPara two.","date_publish":"2021-10-25 00:00:00"}"#, "2021-10-25"),
      (#"{"title":"T","article":"<p>Para one.</p><p>Para two.</p>","published_at":"2021-10-25T23:59:59Z"}"#, "2021-10-25"),
      (#"{"headline":"T","content":{"rendered":"<p>Para one.</p><p>Para two.</p>"},"datePublished":"October 25, 2021"}"#, "2021-10-25"),
    ])
  func fieldFamilies(_ json: String, _ date: String) throws {
    let document = try #require(documents(json).first)
    #expect(document.title == "T")
    #expect(document.paragraphs == ["Para one.", "Para two."])
    #expect(document.date?.description == date)
    #expect(document.dateSource == .metadata)
    #expect(document.format == .json)
  }

  @Test("an array of articles and an object with an `articles` array")
  func manyArticles() {
    let array = #"[{"title":"A","text":"One."},{"title":"B","text":"Two.","url":"https://x.org/b"}]"#
    #expect(documents(array).map(\.title) == ["A", "B"])
    #expect(documents(array).last?.url == "https://x.org/b")
    let wrapped = #"{"status":"ok","articles":[{"title":"A","text":"One."},{"title":"B","text":"Two."}]}"#
    #expect(documents(wrapped).map(\.title) == ["A", "B"])
  }

  @Test("JSON Lines: one article a line, through the ingestor, with per-record warnings")
  func jsonLines() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let text = """
      {"title":"First Story","text":"Alpha met Beta.","date":"2020-01-02"}
      {"title":"Second Story","text":"Gamma met Delta."}

      {"title":"Third Story","text":"Epsilon met Zeta.","published_at":1577923200}
      """
    let path = try folder.write("feed.jsonl", text)
    let (articles, diagnostics) = Ingestor().read(InputFile(path: path))
    #expect(articles.map(\.title) == ["First Story", "Second Story", "Third Story"])
    #expect(articles.map(\.format) == [.jsonLines, .jsonLines, .jsonLines])
    #expect(articles[2].date == CivilDate(year: 2020, month: 1, day: 2))
    #expect(diagnostics.map(\.message) == ["record 2: no publication date found; relative dates stay unresolved"])
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
  }

  @Test("a JSON object without any text field yields no article")
  func noText() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("x.json", #"{"id": 3, "tags": ["a"]}"#)
    let (articles, diagnostics) = Ingestor().read(InputFile(path: path))
    #expect(articles.isEmpty)
    #expect(diagnostics.first?.severity == .skipped)
  }
}
