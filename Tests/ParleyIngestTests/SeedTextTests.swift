import Foundation
import Testing

@testable import ParleyIngest

@Suite("Seed-style and plain text")
struct SeedTextTests {
  static let seed = """
     date 2025-04-28 403
    Sorry!!
    Error! We're sorry, but the page you were looking for doesn't exist.
    U.S., Russia Report Progress Toward Ukraine Peace Efforts
    (MENAFN) Russia and the United States have reported steps forward in efforts to resolve the conflict.
    The Russian Foreign Ministry shared that this development came during a Sunday night phone call.
    Lavrov and Rubio "stressed the importance of consolidating the emerging prerequisites," the ministry said.
    The Russian Foreign Ministry shared that this development came during a Sunday night phone call.
    Lavrov and Rubio "stressed the importance of consolidating the emerging prerequisites," the ministry said.
    Legal Disclaimer:
    MENAFN provides the information “as is” without warranty of any kind.
    CommentsNo comment

    """

  @Test("the seed article: preamble, repeated body and trailer are removed")
  func seedArticle() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("000_seed.txt", Self.seed)
    let (articles, diagnostics) = Ingestor().read(InputFile(path: path))
    let article = try #require(articles.first)
    #expect(diagnostics.isEmpty)
    #expect(article.title == "U.S., Russia Report Progress Toward Ukraine Peace Efforts")
    #expect(article.date == CivilDate(year: 2025, month: 4, day: 28))
    #expect(article.dateSource == .header)
    #expect(article.status == 403)
    #expect(article.format == .seedText)
    #expect(article.path == path)
    #expect(
      article.paragraphs == [
        "Russia and the United States have reported steps forward in efforts to resolve the conflict.",
        "The Russian Foreign Ministry shared that this development came during a Sunday night phone call.",
        "Lavrov and Rubio \"stressed the importance of consolidating the emerging prerequisites,\" the ministry said.",
      ])
  }

  @Test("headline repeated as the first body line is dropped; navigation preamble skipped")
  func headlineRepeated() {
    let text = """
       date 2010-07-02 200
      Home World Politics Business Opinion Video Subscribe
      Skip to main content
      Sign in Register
      Steele Criticized for Afghanistan Comments
      Steele Criticized for Afghanistan Comments
      Michael Steele drew fierce criticism on Friday.
      Share this article Facebook Twitter WhatsApp Email Print
      Related Articles
      Most Read
      © All rights reserved. Reproduction in whole or in part without permission is prohibited.
      We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept
      """
    let document = SeedTextFormat.parse(TextNormalization.normalize(text))
    let (article, _) = ArticleAssembly.article(from: document, path: "a.txt")
    #expect(article?.title == "Steele Criticized for Afghanistan Comments")
    #expect(article?.paragraphs == ["Michael Steele drew fierce criticism on Friday."])
  }

  @Test("a short sentence repeated inside a longer quote paragraph is kept")
  func quotedRepeatKept() {
    let paragraphs = [
      "We will not back down.",
      "He told reporters: \"We will not back down. We never have.\"",
      "We will not back down.",
      "WE WILL NOT BACK DOWN!",
    ]
    #expect(
      ParagraphDeduplication.deduplicate(paragraphs, title: nil) == [
        "We will not back down.", "He told reporters: \"We will not back down. We never have.\"",
      ])
  }

  @Test("a block of paragraphs repeated in place collapses")
  func blockRepeat() {
    let body = ["A one.", "B two.", "C three.", "B two.", "C three.", "D four."]
    #expect(ParagraphDeduplication.deduplicate(body, title: nil) == ["A one.", "B two.", "C three.", "D four."])
  }

  @Test("plain text: headline-like first line becomes the title")
  func plainTextWithTitle() {
    let document = SeedTextFormat.parse("Leaders Meet in Geneva\nThe two leaders met on Monday.\nThey agreed to talk again.")
    #expect(document.title == "Leaders Meet in Geneva")
    #expect(document.paragraphs == ["The two leaders met on Monday.", "They agreed to talk again."])
    #expect(document.format == .plainText)
  }

  @Test("plain text: a sentence as first line is not a title")
  func plainTextWithoutTitle() {
    let document = SeedTextFormat.parse("The two leaders met on Monday.\nThey agreed to talk again.")
    #expect(document.title == nil)
    #expect(document.paragraphs.count == 2)
  }

  @Test("plain text: hard-wrapped blocks separated by blank lines are joined")
  func hardWrapped() {
    let text = """
      Talks Resume

      The foreign ministers of the two countries met in Vienna on Tuesday
      for the first time in a year, officials said, and agreed to meet again
      next month.

      Both sides called the meeting useful.
      """
    let document = SeedTextFormat.parse(TextNormalization.normalize(text))
    #expect(document.title == "Talks Resume")
    #expect(
      document.paragraphs == [
        "The foreign ministers of the two countries met in Vienna on Tuesday for the first time in a year, officials said, and agreed to meet again next month.",
        "Both sides called the meeting useful.",
      ])
  }

  @Test("header parsing")
  func header() {
    #expect(SeedTextFormat.header("date 2025-04-28 403") == .init(date: CivilDate(year: 2025, month: 4, day: 28), status: 403))
    #expect(SeedTextFormat.header("date 2025-04-28") == .init(date: CivilDate(year: 2025, month: 4, day: 28), status: nil))
    #expect(SeedTextFormat.header("date 2025-02-30 200") == nil)
    #expect(SeedTextFormat.header("dated 2025-04-28 200") == nil)
  }
}
