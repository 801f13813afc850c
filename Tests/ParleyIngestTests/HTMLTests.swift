import Testing

@testable import ParleyIngest

@Suite("HTML pages")
struct HTMLTests {
  static let page = """
    <!DOCTYPE html>
    <html><head>
    <title>Ministers Meet in Vienna | Example News</title>
    <meta property="og:title" content="Ministers Meet in Vienna &amp; Agree to Talk Again">
    <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
    <meta property="og:url" content="https://example.com/vienna">
    <script>var x = "<p>not text</p>";</script>
    <style>p { color: red }</style>
    </head><body>
    <header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
    <div class="share-bar"><a>Facebook</a> <a>Twitter</a></div>
    <article>
      <h1>Ministers Meet in Vienna</h1>
      <p>VIENNA (Reuters) &#8212; The foreign ministers met on Tuesday&nbsp;and agreed to meet again.</p>
      <p>&ldquo;It was useful,&rdquo; one said &#x2014; the other agreed.</p>
      <figure><img src="a.jpg"><figcaption>Photo: Someone / Getty Images</figcaption></figure>
      <p>Talks will resume <a href="/next">next month</a>.</p>
      <aside><p>Related: Other story</p></aside>
    </article>
    <footer><p>© 2024 Example News. All rights reserved.</p></footer>
    <form><input type="email"><p>Sign up for our newsletter</p></form>
    </body></html>
    """

  @Test("article body, metadata title and date, entities, skipped chrome")
  func articlePage() {
    let document = HTMLFormat.parse(Self.page)
    #expect(document.title == "Ministers Meet in Vienna & Agree to Talk Again")
    #expect(document.date == CivilDate(year: 2024, month: 3, day: 5))
    #expect(document.dateSource == .metadata)
    #expect(document.url == "https://example.com/vienna")
    #expect(
      document.paragraphs == [
        "VIENNA (Reuters) — The foreign ministers met on Tuesday and agreed to meet again.",
        "“It was useful,” one said — the other agreed.",
        "Talks will resume next month.",
      ])
    let (article, _) = ArticleAssembly.article(from: document, path: "page.html")
    #expect(article?.place == "Vienna")
    #expect(article?.paragraphs.first == "The foreign ministers met on Tuesday and agreed to meet again.")
  }

  @Test("without <article>: the container with most paragraph text wins; h1 and <time> as fallbacks")
  func densestBlock() {
    let html = """
      <html><body>
      <div id="menu"><p><a href="/a">Politics</a></p><p><a href="/b">Business</a></p></div>
      <div class="main">
        <h1>Leaders Sign Trade Pact</h1>
        <time datetime="2023-11-02">Nov 2</time>
        <div class="story">
          <p>The leaders of the two countries signed a trade pact on Thursday after months of talks.</p>
          <p>The agreement lowers tariffs on steel and grain, officials said in a joint statement.</p>
        </div>
      </div>
      <div class="sidebar"><p>Most read: something else entirely that is long enough to count as text.</p></div>
      </body></html>
      """
    let document = HTMLFormat.parse(html)
    #expect(document.title == "Leaders Sign Trade Pact")
    #expect(document.date == CivilDate(year: 2023, month: 11, day: 2))
    #expect(
      document.paragraphs == [
        "The leaders of the two countries signed a trade pact on Thursday after months of talks.",
        "The agreement lowers tariffs on steel and grain, officials said in a joint statement.",
      ])
  }

  @Test("without <article>: one <p> holding most of the text does not drop the others")
  func dominantParagraph() {
    let long = String(repeating: "The envoys argued over grain, ports and prisoners for a long night. ", count: 12)
    let html = """
      <html><body><div>
      <p>The talks opened in the morning with a short statement.</p>
      <p>\(long)</p>
      <p>The delegations will meet again next month, a spokesman said.</p>
      </div></body></html>
      """
    let paragraphs = HTMLFormat.parse(html).paragraphs
    #expect(paragraphs.count == 3)
    #expect(paragraphs.first == "The talks opened in the morning with a short statement.")
    #expect(paragraphs.last == "The delegations will meet again next month, a spokesman said.")
  }

  @Test("JSON-LD datePublished and <title> with the site name removed")
  func linkedData() {
    let html = """
      <html><head><title>Summit Ends Without Deal - The Daily</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2022-06-24T08:00:00Z"}]}</script>
      </head><body><p>The summit ended without a deal on Friday.</p><p>Delegates left early.</p></body></html>
      """
    let document = HTMLFormat.parse(html)
    #expect(document.title == "Summit Ends Without Deal")
    #expect(document.date == CivilDate(year: 2022, month: 6, day: 24))
    #expect(document.paragraphs == ["The summit ended without a deal on Friday.", "Delegates left early."])
  }

  @Test("named, decimal, hexadecimal and Windows-1252 numeric references")
  func entities() {
    #expect(HTMLEntities.decode("a &amp; b &lt;c&gt; &eacute;&#233;&#xE9; &#150; &copy &unknown; &") == "a & b <c> ééé – © &unknown; &")
  }

  @Test("an .html file is read through the ingestor; detection by content for .txt")
  func throughIngestor() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for name in ["page.html", "page.txt"] {
      let path = try folder.write(name, Self.page)
      let (articles, diagnostics) = Ingestor().read(InputFile(path: path))
      #expect(diagnostics.isEmpty)
      #expect(articles.first?.format == .html)
      #expect(articles.first?.paragraphs.count == 3)
    }
  }
}
