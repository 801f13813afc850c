import Foundation
import Testing

@testable import ParleyIngest

/// Hostile and broken inputs from issue 15, each generated here: the file is read in
/// bounded time, with a diagnostic that says what happened, and the other files go on.
@Suite("Hostile input")
struct HostileInputTests {
  func read(_ name: String, _ bytes: [UInt8]) throws -> ([Article], [IngestDiagnostic]) {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(name, bytes: bytes)
    return Ingestor().read(InputFile(path: path))
  }

  func read(_ name: String, _ text: String) throws -> ([Article], [IngestDiagnostic]) {
    try read(name, Array(text.utf8))
  }

  static let clock = ContinuousClock()

  // MARK: HTML nesting (item 1)

  @Test("100,000 nested <div>s: read in linear time, text kept, nesting diagnostic")
  func deeplyNestedHTML() throws {
    let depth = 100_000
    var html = "<html><body>"
    for i in 0..<depth { html += "<div>Envoy \(i) spoke. " }
    html += String(repeating: "</div>", count: depth) + "</body></html>"
    let started = Self.clock.now
    let (articles, diagnostics) = try read("nested.html", html)
    #expect(Self.clock.now - started < .seconds(30))
    let article = try #require(articles.first)
    let text = article.paragraphs.joined(separator: " ")
    #expect(text.contains("Envoy 0 spoke."))
    #expect(text.contains("Envoy \(depth - 1) spoke."))
    #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("nested deeper than") })
  }

  @Test("the body container is the same whatever the nesting above it, and unmatched end tags cost nothing")
  func nestingBelowLimit() {
    let story = """
      <div class="story"><p>The leaders of the two countries signed a trade pact on Thursday after talks.</p>
      <p>The agreement lowers tariffs on steel and grain, officials said in a joint statement.</p></div>
      <div class="other"><p>Short.</p></div>
      """
    let wrapped = String(repeating: "<section>", count: 200) + story + String(repeating: "</section>", count: 200)
    let noisy = String(repeating: "</span></b>", count: 50_000) + story
    let expected = [
      "The leaders of the two countries signed a trade pact on Thursday after talks.",
      "The agreement lowers tariffs on steel and grain, officials said in a joint statement.",
    ]
    for html in [story, wrapped, noisy] {
      let document = HTMLFormat.parse("<html><body>" + html + "</body></html>")
      #expect(document.paragraphs == expected)
      #expect(document.warnings.isEmpty)
    }
  }

  // MARK: JSON (item 4)

  @Test("JSON nested 100,000 levels deep is skipped with a nesting diagnostic")
  func deeplyNestedJSON() throws {
    let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let (articles, diagnostics) = try read("deep.json", json)
    #expect(articles.isEmpty)
    #expect(diagnostics.map(\.message) == ["JSON nested deeper than \(JSONReader.maxDepth) levels"])
    #expect(diagnostics.first?.severity == .skipped)
  }

  @Test("a JSON array of 20,000 records is streamed, and its notes are counted, not repeated")
  func manyRecords() throws {
    let count = 20_000
    let json = "[" + (0..<count).map { #"{"title":"Story \#($0)","text":"Envoy \#($0) met the minister."}"# }
      .joined(separator: ",") + "]"
    let started = Self.clock.now
    let (articles, diagnostics) = try read("feed.json", json)
    #expect(Self.clock.now - started < .seconds(60))
    #expect(articles.count == count)
    #expect(articles.last?.paragraphs == ["Envoy \(count - 1) met the minister."])
    #expect(diagnostics.count == Ingestor.maxNotesPerMessage + 1)
    #expect(diagnostics.last?.message == "\(count - Ingestor.maxNotesPerMessage) more records: no publication date found; relative dates stay unresolved")
  }

  @Test("JSON strings: escapes, surrogate pairs, a lone surrogate; invalid JSON stays invalid")
  func jsonReader() throws {
    let value = try JSONReader.parse(Array(#"{"a":"x\"\\\/\n\u00e9\ud83d\ude00\ud800z","b":[1,-2.5e3,true,null]}"#.utf8))
    guard case .string(let a)? = value.members?["a"] else { Issue.record("no a"); return }
    #expect(a == "x\"\\/\né😀\u{FFFD}z")
    for bad in ["{", "[1,]", "{\"a\" 1}", "\"a", "[1 2]", "{\"a\":1}}", "tru", "[-]", "[\"\u{01}\"]"] {
      #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(Array(bad.utf8)) }
    }
  }

  @Test("a container object: the first container key holding an array, records streamed")
  func containerObject() {
    let text = #"{"status":"ok","items":[{"title":"A","text":"One."},7,{"title":"B","text":"Two."}],"news":[{"title":"C","text":"Three."}]}"#
    guard case .success(let documents, _) = JSONFormat.parse(text) else {
      Issue.record("not read")
      return
    }
    #expect(documents.map(\.title) == ["A", "B"])
    guard case .failure(let message) = JSONFormat.parse(#"{"items":[]}"#) else {
      Issue.record("an empty container was read")
      return
    }
    #expect(message == "JSON holds no article objects")
  }

  // MARK: Silent data loss (item 5)

  @Test("a bad JSON Lines line is named in a warning; the others are read")
  func badJSONLine() throws {
    let text = """
      {"title":"One","text":"Alpha met Beta.","date":"2021-01-01"}
      {"title":"Two","text":"Gamma met Delta.","date":"2021-01-02"
      {"title":"Three","text":"Epsilon met Zeta.","date":"2021-01-03"}
      """
    let (articles, diagnostics) = try read("feed.jsonl", text)
    #expect(articles.map(\.title) == ["One", "Three"])
    #expect(diagnostics.map(\.message) == ["line 2: invalid JSON, line skipped"])
  }

  @Test("ASCII text with stray invalid bytes is repaired as UTF-8, with the warning")
  func strayBytesInASCII() throws {
    let bytes = Array("Talks Resume\n\nThe ministers met ".utf8) + [0xFF, 0xFE] + Array(" again on Monday.\n".utf8)
    let (articles, diagnostics) = try read("stray.txt", bytes)
    #expect(articles.first?.paragraphs == ["The ministers met \u{FFFD}\u{FFFD} again on Monday."])
    #expect(diagnostics.contains { $0.message == "invalid UTF-8 sequences replaced" })
    // A truncated UTF-8 sequence in ASCII text is no Windows-1252 either.
    let truncated = Array("Talks Resume\n\nThe ministers met ".utf8) + [0xE2, 0x80] + Array(" again.\n".utf8)
    #expect(try read("cut.txt", truncated).1.contains { $0.message == "invalid UTF-8 sequences replaced" })
  }

  @Test("Windows-1252 text is still read as such, silently")
  func legacyText() throws {
    let bytes = Array("Talks in Gen".utf8) + [0xE8] + Array("ve\n\nThe ministers met ".utf8) + [0x96]
      + Array(" again at the caf".utf8) + [0xE9, 0x2E, 0x0A]
    let (articles, diagnostics) = try read("legacy.txt", bytes)
    #expect(articles.first?.title == "Talks in Genève")
    #expect(articles.first?.paragraphs == ["The ministers met – again at the café."])
    #expect(!diagnostics.contains { $0.message.contains("UTF-8") })
  }

  @Test("UTF-16 without a byte order mark is read, both byte orders", arguments: [false, true])
  func utf16WithoutBOM(_ bigEndian: Bool) throws {
    let text = "Talks Resume in Genève\n\nThe ministers met — again on Monday, officials said.\n"
    var bytes: [UInt8] = []
    for unit in text.utf16 {
      let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      bytes += bigEndian ? pair : pair.reversed()
    }
    let (articles, diagnostics) = try read("wide.txt", bytes)
    #expect(!diagnostics.contains { $0.severity == .skipped }, "\(diagnostics)")
    #expect(articles.first?.title == "Talks Resume in Genève")
    #expect(articles.first?.paragraphs == ["The ministers met — again on Monday, officials said."])
  }

  @Test("an impossible header date is named in the diagnostic")
  func impossibleDate() throws {
    let text = " date 2025-02-30 200\nTalks Resume\nThe ministers met again on Monday.\n"
    let (articles, diagnostics) = try read("bad-date.txt", text)
    #expect(articles.count == 1)
    #expect(diagnostics.contains { $0.message.contains("2025-02-30") })
  }
}

@Suite("Enormous paragraphs")
struct LongParagraphTests {
  @Test("a whole file on one line is split at sentence ends, nothing lost, with a warning")
  func oneLine() throws {
    let line = (0..<5_000).map { "The envoy met the minister \($0) again on Monday." }.joined(separator: " ")  // 250 KB
    let limit = ArticleAssembly.maxParagraphBytes
    let pieces = ArticleAssembly.pieces(of: line, limit: limit)
    #expect(pieces.count >= 4)
    #expect(pieces.allSatisfy { $0.utf8.count <= limit && $0.hasSuffix(".") && $0.hasPrefix("The envoy") })
    #expect(pieces.joined(separator: " ") == line)
    // No sentence end, no space, multi-byte characters: cut at character boundaries.
    let solid = String(repeating: "é", count: 100_000)
    #expect(ArticleAssembly.pieces(of: solid, limit: 1001).joined() == solid)
    let (article, notes) = ArticleAssembly.article(
      from: ParsedDocument(title: "T", paragraphs: [line], format: .plainText), path: "one-line.txt")
    #expect(article?.paragraphs.count == pieces.count)
    #expect(notes.contains { $0.message.hasPrefix("a paragraph of \(line.utf8.count) bytes split") })
    #expect(ArticleAssembly.pieces(of: "short", limit: limit) == ["short"])
  }
}
