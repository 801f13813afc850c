import Foundation
import Testing

@testable import ParleyIngest

/// A folder's `sources.tsv` naming the outlet of its files. Tables and stories written
/// for these tests.
@Suite struct SourceTableTests {
  static let story = " date 2025-05-02 200\nFerry talks\nThe mayor met the envoy on Friday to discuss the ferry.\n"

  func outlets(_ folder: TemporaryFolder) -> (outlets: [String: String?], diagnostics: [IngestDiagnostic]) {
    let ingestor = Ingestor()
    let listing = ingestor.inputListing(for: [folder.path])
    var out: [String: String?] = [:]
    for file in listing.files {
      for a in ingestor.read(file).articles { out[(a.path as NSString).lastPathComponent] = .some(a.outlet) }
    }
    return (out, listing.diagnostics)
  }

  @Test func aTableBesideTheArticlesNamesTheirOutlets() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("one.txt", Self.story)
    try folder.write("two.txt", Self.story.replacingOccurrences(of: "ferry", with: "bridge"))
    try folder.write("three.txt", Self.story.replacingOccurrences(of: "ferry", with: "tunnel"))
    try folder.write("four.txt", Self.story.replacingOccurrences(of: "ferry", with: "harbour"))
    try folder.write(
      "sources.tsv",
      "id\tFile\tdate\tPublisher\turl\n"
        + "1\tone.txt\t2025-05-02\t  Coast  Radio \t\n"
        + "2\ttwo.txt\t2025-05-02\t\thttps://www.bay-news.example/story/2\n"
        + "3\tthree.txt\t2025-05-02\t\t\n"
        + "4\tmissing.txt\t2025-05-02\tNobody\t\n")
    let (found, diagnostics) = outlets(folder)
    #expect(found["one.txt"] == .some("Coast Radio"))
    #expect(found["two.txt"] == .some("bay-news.example"))
    #expect(found["three.txt"] == .some(nil))
    #expect(found["four.txt"] == .some(nil))
    #expect(diagnostics.isEmpty)
  }

  @Test func whatTheFileSaysComesFirstThenTheTableThenAnAgencyTag() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(
      "page.html",
      """
      <html><head><meta property="og:site_name" content="Harbour Times"></head>
      <body><article><p>The mayor met the envoy on Monday to discuss the ferry.</p></article></body></html>
      """)
    try folder.write("wire.txt", "Ferry talks\n(Wirecast) - The mayor met the envoy on Monday to discuss the ferry.\n")
    try folder.write("tagged.txt", "Bridge talks\n(Wirecast) - The mayor met the envoy on Monday to discuss the bridge.\n")
    try folder.write("sources.tsv", "file\toutlet\npage.html\tTable Outlet\nwire.txt\tCoast Radio\n")
    let (found, _) = outlets(folder)
    #expect(found["page.html"] == .some("Harbour Times"))
    #expect(found["wire.txt"] == .some("Coast Radio"))
    #expect(found["tagged.txt"] == .some("Wirecast"))
  }

  @Test func aTableOfAnotherShapeIsNotUsedAndSaysWhy() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("one.txt", Self.story)
    try folder.write("sources.tsv", "name_of_thing\tcount\none.txt\t3\n")
    let (found, diagnostics) = outlets(folder)
    #expect(found["one.txt"] == .some(nil))
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.severity == .warning)
    #expect(diagnostics.first?.path == folder.path + "/sources.tsv")
    #expect(diagnostics.first?.message.hasPrefix("not used for outlets: no file column") == true)
  }

  @Test func aTableOnlyDescribesFilesOfItsOwnFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("sub/one.txt", Self.story)
    try folder.write("sources.tsv", "file\toutlet\none.txt\tCoast Radio\nsub/one.txt\tCoast Radio\n")
    #expect(outlets(folder).outlets["one.txt"] == .some(nil))
    // A file given by name finds the table of its folder.
    try folder.write("sub/sources.tsv", "file\toutlet\none.txt\tBay Radio\n")
    let listing = Ingestor().inputListing(for: [folder.path + "/sub/one.txt"])
    #expect(listing.files.first?.provenance == Provenance(outlet: "Bay Radio"))
  }
}
