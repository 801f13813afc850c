import Foundation
import ParleyExport
import ParleyIngest
import Testing

@testable import ParleyCLI

/// Parley does not read its own output, nor tables and images beside the articles.
@Suite(.serialized) struct OwnOutputTests {
  let fm = FileManager.default

  @Test func markerNamesAgree() {
    #expect(OutputFolder.markerName == InputListing.outputMarkerName)
  }

  @Test func buildingTwiceIntoTheReadFolderReadsTheSameArticles() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? fm.removeItem(at: dir) }
    try " date 2025-05-02 200\nTalks\nChilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer on Thursday.\n"
      .write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    try Data("id\turl\n1\thttp://x\n".utf8).write(to: dir.appendingPathComponent("sources.tsv"))
    try Data([0x89, 0x50, 0x4E, 0x47]).write(to: dir.appendingPathComponent("photo.png"))
    let out = dir.appendingPathComponent("Output")
    #expect(await parley(["build", dir.path, "-o", out.path, "-q"]) == 0)
    let first = try String(contentsOf: out.appendingPathComponent("mentions.jsonl"), encoding: .utf8)
    #expect(await parley(["build", dir.path, "-o", out.path, "-q"]) == 0)
    #expect(try String(contentsOf: out.appendingPathComponent("mentions.jsonl"), encoding: .utf8) == first)
    let listing = Ingestor().inputListing(for: [dir.path])
    #expect(listing.files.map(\.path) == [dir.path + "/good.txt"])
    #expect(listing.nonArticles == ["tsv": 1, "png": 1])
    #expect(listing.outputFolders == [out.path])
    // A file given by name is still read (and reported when it is not an article).
    #expect(Ingestor().inputListing(for: [dir.path + "/sources.tsv"]).files.count == 1)
  }
}
