import Foundation
import Testing

@testable import ParleyIngest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `-` reads standard input, in a listing and when read.
struct StandardInputTests {
  @Test func dashIsListedAndReadFromStandardInput() throws {
    #expect(Ingestor().inputListing(for: ["-"]).files == [InputFile(path: "-")])
    #expect(Ingestor().inputListing(for: ["-"]).diagnostics.isEmpty)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("parley-stdin-" + UUID().uuidString).path
    defer { try? FileManager.default.removeItem(atPath: file) }
    try " date 2025-05-02 200\nTalks\nChilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer.\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let saved = dup(STDIN_FILENO)
    let input = open(file, O_RDONLY)
    #expect(input >= 0 && saved >= 0)
    dup2(input, STDIN_FILENO)
    close(input)
    let (articles, _) = Ingestor().read(InputFile(path: "-"))
    dup2(saved, STDIN_FILENO)
    close(saved)
    #expect(articles.count == 1)
    #expect(articles.first?.title == "Talks")
    #expect(articles.first?.date?.description == "2025-05-02")
  }
}
