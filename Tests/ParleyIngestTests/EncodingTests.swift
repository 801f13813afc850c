import Foundation
import Testing

@testable import ParleyIngest

@Suite("Encodings and normalisation")
struct EncodingTests {
  static let text = " date 2024-01-05 200\nTalks “Resume” in Genève\nThe ministers met — again.\n"

  func readBytes(_ bytes: [UInt8], name: String = "a.txt") throws -> Article {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(name, bytes: bytes)
    let (articles, diagnostics) = Ingestor().read(InputFile(path: path))
    #expect(!diagnostics.contains { $0.severity == .skipped }, "\(diagnostics)")
    return try #require(articles.first)
  }

  func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
      let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      bytes += bigEndian ? pair : pair.reversed()
    }
    return bytes
  }

  @Test("UTF-8 with and without BOM, UTF-16 LE and BE with BOM", arguments: ["utf8", "utf8bom", "utf16le", "utf16be"])
  func unicodeEncodings(_ encoding: String) throws {
    let bytes: [UInt8]
    switch encoding {
    case "utf8bom": bytes = [0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)
    case "utf16le": bytes = utf16(Self.text, bigEndian: false)
    case "utf16be": bytes = utf16(Self.text, bigEndian: true)
    default: bytes = Array(Self.text.utf8)
    }
    let article = try readBytes(bytes)
    #expect(article.title == "Talks “Resume” in Genève")
    #expect(article.paragraphs == ["The ministers met — again."])
    #expect(article.date == CivilDate(year: 2024, month: 1, day: 5))
  }

  @Test("Windows-1252 smart quotes and Latin-1 letters")
  func windows1252() throws {
    var bytes = Array("Talks ".utf8) + [0x93] + Array("Resume".utf8) + [0x94] + Array(" in Gen".utf8) + [0xE8]
    bytes += Array("ve\nThe ministers met ".utf8) + [0x97] + Array(" again.\n".utf8)
    let article = try readBytes(bytes)
    #expect(article.title == "Talks “Resume” in Genève")
    #expect(article.paragraphs == ["The ministers met — again."])
  }

  @Test("mostly valid UTF-8 with a broken sequence is repaired, with a warning")
  func invalidUTF8() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let bytes = Array("Talks in Genève\nThe ministers met ".utf8) + [0xC3, 0x28] + Array(" — again in Zürich.\n".utf8)
    let path = try folder.write("broken.txt", bytes: bytes)
    let (articles, diagnostics) = Ingestor().read(InputFile(path: path))
    let article = try #require(articles.first)
    #expect(article.title == "Talks in Genève")
    #expect(article.paragraphs == ["The ministers met \u{FFFD}( — again in Zürich."])
    #expect(diagnostics.contains { $0.message.contains("invalid UTF-8") })
  }

  @Test("CRLF, CR, NBSP, zero-width characters, soft hyphens and runs of spaces")
  func normalisation() {
    let raw = "Line\u{00A0}one  with   spaces\r\nsec\u{00AD}ond\u{200B} line\rthird\u{FEFF}\tline  "
    #expect(TextNormalization.normalize(raw) == "Line one with spaces\nsecond line\nthird line")
  }

  @Test("Windows-1252 decoding table")
  func decodingTable() {
    #expect(TextDecoding.decodeWindows1252([0x80, 0x85, 0x91, 0x92, 0x96, 0xA0, 0xE9][...]) == "€…‘’–\u{00A0}é")
  }
}
