import Foundation
import Testing

@testable import ParleyIngest

/// Bad JSON Lines lines are named, not silently dropped.
struct JSONLinesDiagnosticTests {
  @Test func invalidLinesGetADiagnosticEach() throws {
    let good = #"{"title":"T","text":"Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer.","date":"2025-05-02"}"#
    let text = [good, "{not json", "", good, good, "[1, 2", good].joined(separator: "\n")
    guard case .success(let documents, let warnings) = JSONFormat.parse(text) else {
      Issue.record("not parsed")
      return
    }
    #expect(documents.count == 4)
    #expect(warnings == ["line 2: invalid JSON, line skipped", "line 6: invalid JSON, line skipped"])
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-jsonl-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.jsonl").path
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let messages = Ingestor().read(InputFile(path: file)).diagnostics.map(\.message)
    #expect(messages.contains("line 2: invalid JSON, line skipped"))
  }
}

/// A header date naming no real day is reported by name.
struct ImpossibleHeaderDateTests {
  @Test func impossibleHeaderDateIsNamed() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-date-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.txt").path
    try " date 2025-02-30 200\nTalks\nChilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer.\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let (articles, diagnostics) = Ingestor().read(InputFile(path: file))
    #expect(articles.count == 1)
    #expect(articles.first?.title == "Talks")
    #expect(diagnostics.map(\.message) == ["impossible header date 2025-02-30 ignored; relative dates stay unresolved"])
  }
}
