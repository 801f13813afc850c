import Testing

@testable import ParleyIngest

@Suite("Markdown")
struct MarkdownTests {
  @Test("front matter gives title, date and URL; markdown syntax is stripped")
  func frontMatter() {
    let text = """
      ---
      title: "Ministers Meet in Vienna"
      date: 2024-03-05T09:30:00Z
      url: https://example.com/vienna
      tags: [diplomacy]
      ---

      # Ministers Meet in Vienna

      The **foreign ministers** met in [Vienna](https://example.com/v) on
      Tuesday and _agreed_ to meet again.

      ## Next steps

      - Talks resume in `April`.
      - A ![map](map.png)summit follows.

      > "It was useful," one said.
      """
    let document = MarkdownFormat.parse(TextNormalization.normalize(text))
    #expect(document.title == "Ministers Meet in Vienna")
    #expect(document.date == CivilDate(year: 2024, month: 3, day: 5))
    #expect(document.url == "https://example.com/vienna")
    #expect(document.format == .markdown)
    #expect(
      document.paragraphs == [
        "Ministers Meet in Vienna",
        "The foreign ministers met in Vienna on Tuesday and agreed to meet again.",
        "Next steps", "Talks resume in April.", "A summit follows.", "\"It was useful,\" one said.",
      ])
    let (article, _) = ArticleAssembly.article(from: document, path: "a.md")
    #expect(article?.paragraphs.first == "The foreign ministers met in Vienna on Tuesday and agreed to meet again.")
  }

  @Test("without front matter the first heading is the title; snake_case words survive")
  func noFrontMatter() {
    let document = MarkdownFormat.parse("Summit Ends\n===========\n\nThe snake_case_name stays, *this* is plain.\n")
    #expect(document.title == "Summit Ends")
    #expect(document.paragraphs == ["The snake_case_name stays, this is plain."])
    #expect(document.date == nil)
  }
}
