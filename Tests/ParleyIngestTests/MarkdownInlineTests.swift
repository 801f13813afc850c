import Foundation
import Testing

@testable import ParleyIngest

/// The linear inline scanner against the regular expressions it replaced (issue 15, item 2).
@Suite("Markdown inline syntax")
struct MarkdownInlineTests {
  /// The regular expressions the scanner replaced, kept here as the reference (on short
  /// texts only: they backtrack).
  static func reference(_ text: String) -> String {
    var s = text
    s = s.replacing(/!\[[^\]]*\]\([^)]*\)/, with: "")
    s = s.replacing(/\[([^\]]*)\]\([^)]*\)/) { String($0.output.1) }
    s = s.replacing(/\[([^\]]*)\]\[[^\]]*\]/) { String($0.output.1) }
    s = s.replacing(/<https?:[^>]*>/) { String($0.output.dropFirst().dropLast()) }
    s = s.replacing(/`([^`]*)`/) { String($0.output.1) }
    s = s.replacing(/(\*\*|__)(.+?)\1/) { String($0.output.2) }
    s = s.replacing(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?![\w*])/) { $0.output.1 + $0.output.2 }
    s = s.replacing(/~~(.+?)~~/) { String($0.output.1) }
    s = s.replacing(/<\/?[A-Za-z][^>]*>/, with: "")
    s = s.replacing(/\\([\\`*_{}\[\]()#+\-.!])/) { String($0.output.1) }
    return s
  }

  /// SplitMix64, so the random texts are the same on every run.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test("the scanner gives what the regular expressions gave, on 20,000 random texts of Markdown punctuation")
  func sameAsRegularExpressions() {
    let pieces = [
      "a", "b", "é", "7", " ", " ", "*", "**", "_", "__", "~", "~~", "`", "[", "]", "(", ")", "!", "<", ">",
      "\\", "#", "/", "http:", "https:", "<p>", "</b>", "[x](y)", "![i](j)", "[r][1]", "-", ".", "{",
    ]
    var generator = Seeded(state: 15)
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...14, using: &generator)
      let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
      #expect(MarkdownInline.strip(text) == Self.reference(text), "\(text.debugDescription)")
    }
  }

  @Test("common Markdown comes out as before")
  func commonMarkdown() {
    for text in [
      "The **foreign ministers** met in [Vienna](https://example.com/v) on _Tuesday_.",
      "See <https://example.com/a> and `code` and ~~old~~ news; a ![map](m.png)summit.",
      "A [reference][1] link, an *emphasised* word, snake_case_name, 2 * 3 * 4, \\*not\\*.",
      "<span class=\"x\">Tagged</span> text with __strong__ words and a < b > c.",
    ] {
      #expect(MarkdownInline.strip(text) == Self.reference(text))
    }
  }

  @Test("a closing run of # after a heading is dropped as before")
  func closingHashes() {
    for text in ["Title ##", "Title", "C#", "a  # #", "##", " #", "Title \t###", "x#y #"] {
      #expect(MarkdownInline.withoutClosingHashes(text) == text.replacing(/\s+#+$/, with: ""), "\(text)")
    }
  }

  @Test("unclosed link syntax and long bracket runs are read in linear time")
  func hostileRuns() {
    let clock = ContinuousClock()
    let cases = [
      String(repeating: "![", count: 50_000),
      (0..<20_000).map { "[w\($0)] " }.joined(),
      String(repeating: "[a](", count: 20_000),
      String(repeating: "**a ", count: 20_000) + String(repeating: "_", count: 20_000),
      "# " + String(repeating: " ", count: 50_000) + "x",
    ]
    for text in cases {
      let started = clock.now
      let document = MarkdownFormat.parse("# Title\n\n" + text + "\n")
      // The regular expressions took 20 s for 8,000 `![` and hours for the bracket run.
      #expect(clock.now - started < .seconds(10))
      #expect(document.title == "Title")
    }
  }
}
