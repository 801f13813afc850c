import Testing

@testable import ParleyIngest

/// Where an article's outlet comes from. Pages and stories written for these tests.
@Suite struct OutletTests {
  func article(_ text: String, path: String, kind: FormatDetection.Kind) -> Article? {
    Ingestor().read(bytes: Array(text.utf8), path: path, kind: kind).0.first
  }

  @Test func htmlSiteNameIsTheOutlet() {
    let page = """
      <html><head><meta property="og:site_name" content="The Harbour &amp; Coast Times">
      <meta property="og:url" content="https://www.harbour.example/a"></head>
      <body><article><p>The mayor met the envoy on Monday to discuss the ferry.</p></article></body></html>
      """
    #expect(article(page, path: "news/a.html", kind: .html)?.outlet == "The Harbour & Coast Times")
  }

  @Test func withoutASiteNameTheURLHostIsTheOutlet() {
    let page = """
      <html><head><link rel="canonical" href="https://www.harbour.example:8080/story?id=2"></head>
      <body><article><p>The mayor met the envoy on Monday to discuss the ferry.</p></article></body></html>
      """
    #expect(article(page, path: "news/b.html", kind: .html)?.outlet == "harbour.example")
  }

  @Test func jsonSourceFieldsAreTheOutlet() {
    let flat = #"{"title": "Ferry talks", "text": "The mayor met the envoy.", "source": "Coast Radio"}"#
    #expect(article(flat, path: "a.json", kind: .json)?.outlet == "Coast Radio")
    let nested = #"{"text": "The mayor met the envoy.", "publisher": {"name": "Inland Post"}}"#
    #expect(article(nested, path: "b.json", kind: .json)?.outlet == "Inland Post")
    let link = #"{"text": "The mayor met the envoy.", "url": "http://inland.example/x"}"#
    #expect(article(link, path: "c.json", kind: .json)?.outlet == "inland.example")
  }

  @Test func anAgencyTagOpeningTheStoryIsTheOutlet() {
    let tagged = "Ferry talks\n(Wirecast) - The mayor met the envoy on Monday to discuss the ferry.\n"
    #expect(article(tagged, path: "a.txt", kind: .seedOrPlain)?.outlet == "Wirecast")
    let dateline = "Ferry talks\nPORTSIDE, March 3 (Wirecast) - The mayor met the envoy on Monday.\n"
    #expect(article(dateline, path: "b.txt", kind: .seedOrPlain)?.outlet == "Wirecast")
  }

  @Test func theFolderIsNotAnOutlet() {
    let plain = "Ferry talks\nThe mayor met the envoy on Monday to discuss the ferry.\n"
    #expect(article(plain, path: "coastradio/a.txt", kind: .seedOrPlain)?.outlet == nil)
  }

  @Test func hostsAreCleaned() {
    #expect(Outlet.host(of: "https://user@www.Example.org/path") == "example.org")
    #expect(Outlet.host(of: "not a url") == nil)
    #expect(Outlet.name(metadata: "https://news.example.net/", agency: nil, url: nil) == "news.example.net")
  }
}
