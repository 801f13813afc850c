import Foundation
import Testing

@testable import ParleyIngest

@Suite("Files that yield no article")
struct SkippedFileTests {
  func skippedMessage(_ name: String, _ bytes: [UInt8], options: IngestOptions = .init()) throws -> String {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(name, bytes: bytes)
    let (articles, diagnostics) = Ingestor(options: options).read(InputFile(path: path))
    #expect(articles.isEmpty)
    #expect(diagnostics.count == 1)
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.severity == .skipped)
    #expect(diagnostic.path == path)
    #expect(diagnostic.description == "\(path): \(diagnostic.message)")
    #expect(!diagnostic.description.contains("\n"))
    return diagnostic.message
  }

  @Test("binary content with NUL bytes")
  func binary() throws {
    #expect(try skippedMessage("data.txt", [0x00, 0x01, 0x02, 0x41, 0x00, 0xFF]) == "binary file")
  }

  @Test("mostly control characters")
  func controlCharacters() throws {
    #expect(try skippedMessage("data.txt", Array(repeating: 0x01, count: 50) + Array("abc".utf8)) == "binary file")
  }

  @Test("empty and whitespace-only files", arguments: [[], Array(" \n\t\r\n  \u{00A0}".utf8)])
  func empty(_ bytes: [UInt8]) throws {
    #expect(try skippedMessage("empty.txt", bytes) == "empty file")
  }

  @Test("a file over the size limit is skipped before it is read")
  func tooLarge() throws {
    let message = try skippedMessage("big.txt", Array(repeating: UInt8(ascii: "a"), count: 2000), options: .init(maxFileSize: 1000))
    #expect(message.hasPrefix("file too large"))
  }

  @Test("unsupported extensions", arguments: ["photo.png", "paper.pdf", "bundle.zip", "letter.docx", "table.tsv"])
  func unsupportedExtension(_ name: String) throws {
    let message = try skippedMessage(name, Array("Some text that is not read.\n".utf8))
    #expect(message.hasPrefix("unsupported format"))
  }

  @Test("binary formats recognised by content despite a .txt name")
  func magicBytes() throws {
    #expect(try skippedMessage("paper.txt", Array("%PDF-1.7\n".utf8)) == "unsupported format (PDF)")
    #expect(try skippedMessage("x.txt", [0x50, 0x4B, 0x03, 0x04, 0x14]) == "unsupported format (ZIP archive)")
  }

  @Test("invalid JSON")
  func invalidJSON() throws {
    #expect(try skippedMessage("a.json", Array("{\"title\": \"x\", ".utf8)) == "invalid JSON")
  }

  @Test("unreadable file (not enforced when running as root)")
  func unreadable() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("secret.txt", "Headline\nBody text.\n")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    let (articles, diagnostics) = Ingestor().read(InputFile(path: path))
    if FileManager.default.isReadableFile(atPath: path) {
      #expect(articles.count == 1)  // root reads anyway
    } else {
      #expect(articles.isEmpty)
      #expect(diagnostics.map(\.message) == ["cannot read file (permission denied)"])
    }
  }

  @Test("symbolic link loop and missing file")
  func linkLoop() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let a = folder.path + "/a.txt"
    let b = folder.path + "/b.txt"
    try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
    try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
    #expect(Ingestor().read(InputFile(path: a)).diagnostics.map(\.message) == ["symbolic link loop"])
    #expect(Ingestor().read(InputFile(path: folder.path + "/none.txt")).diagnostics.map(\.message) == ["no such file"])
  }
}
