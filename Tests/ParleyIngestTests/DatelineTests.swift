import Testing

@testable import ParleyIngest

@Suite("Datelines and file-name dates")
struct DatelineTests {
  @Test(
    "dateline forms",
    arguments: [
      ("MOSCOW, April 28 (Reuters) - Russia said on Monday.", "Moscow", 4, 28, "Russia said on Monday."),
      ("KYIV, Ukraine (AP) — Ukraine said.", "Kyiv, Ukraine", nil, nil, "Ukraine said."),
      ("WASHINGTON — Michael Steele drew criticism.", "Washington", nil, nil, "Michael Steele drew criticism."),
      ("NEW YORK, Sept. 3 - Shares rose.", "New York", 9, 3, "Shares rose."),
      ("ST. PETERSBURG, Russia, June 17 (Reuters) -- Putin spoke.", "St. Petersburg, Russia", 6, 17, "Putin spoke."),
      ("(CNN)Russia and Ukraine held talks.", nil, nil, nil, "Russia and Ukraine held talks."),
    ] as [(String, String?, Int?, Int?, String)])
  func forms(_ text: String, _ place: String?, _ month: Int?, _ day: Int?, _ rest: String) throws {
    let dateline = try #require(Dateline.parse(text))
    #expect(dateline.place == place)
    #expect(dateline.month == month)
    #expect(dateline.day == day)
    #expect(dateline.remainder == rest)
  }

  @Test(
    "ordinary sentences are not datelines",
    arguments: [
      "GOP senators kept up pressure on Steele.", "The U.S. — and Russia — agreed.",
      "NATO said on Monday it would respond.", "By noon, the talks had ended.", "I — for one — disagree.",
    ])
  func notDatelines(_ text: String) {
    #expect(Dateline.parse(text) == nil)
  }

  @Test("a dateline date takes its year from the file name; otherwise a warning")
  func datelineDate() {
    let document = ParsedDocument(title: "T", paragraphs: ["MOSCOW, April 28 (Reuters) - Talks."], format: .plainText)
    let (withYear, notes) = ArticleAssembly.article(from: document, path: "in/reuters-2025-talks.txt")
    #expect(withYear?.date == CivilDate(year: 2025, month: 4, day: 28))
    #expect(withYear?.dateSource == .dateline)
    #expect(withYear?.place == "Moscow")
    #expect(withYear?.paragraphs == ["Talks."])
    #expect(notes.isEmpty)
    let (withoutYear, warnings) = ArticleAssembly.article(from: document, path: "talks.txt")
    #expect(withoutYear?.date == nil)
    #expect(
      warnings.map(\.message) == [
        "dateline gives a month and day but no year was found",
        "no publication date found; relative dates stay unresolved",
      ])
  }

  @Test("the file name is the last resort for the date")
  func fileNameDate() {
    let document = ParsedDocument(title: "T", paragraphs: ["Talks were held."], format: .plainText)
    let (article, notes) = ArticleAssembly.article(from: document, path: "2024/news-2025-04-28-talks.txt")
    #expect(article?.date == CivilDate(year: 2025, month: 4, day: 28))
    #expect(article?.dateSource == .fileName)
    #expect(notes.isEmpty)
    #expect(FileNameDate.date(inPath: "x/20250428_talks.txt") == CivilDate(year: 2025, month: 4, day: 28))
    #expect(FileNameDate.date(inPath: "x/2025-13-28.txt") == nil)
    #expect(FileNameDate.date(inPath: "2025-04-28/talks.txt") == nil)
  }

  @Test("metadata date formats")
  func metadataDates() {
    let expected = CivilDate(year: 2025, month: 4, day: 28)
    for text in ["2025-04-28T10:00:00Z", "2025/04/28", "20250428", "April 28, 2025", "28 Apr 2025", "Mon, 28 Apr 2025 10:00:00 GMT", "1745834400"] {
      #expect(DateParsing.date(from: text) == expected, "\(text)")
    }
    #expect(DateParsing.date(from: "soon") == nil)
  }
}
