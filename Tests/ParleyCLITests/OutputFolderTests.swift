import Foundation
import ParleyExport
import Testing

@testable import ParleyCLI

/// `parley build` writes its output folder as one unit, and reports output failures with 3.
@Suite(.serialized) struct OutputFolderTests {
  let fm = FileManager.default

  func article(in folder: URL) throws {
    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
    try " date 2025-05-02 200\nTalks\nChilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer on Thursday.\n"
      .write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
  }

  @Test func outputIsAFileGivesThreeBeforeReading() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? fm.removeItem(at: dir) }
    let file = dir.appendingPathComponent("taken")
    try Data("x".utf8).write(to: file)
    #expect(await parley(["build", "Samples", "-o", file.path, "-q"]) == 3)
    #expect(await parley(["build", "Samples", "-o", file.appendingPathComponent("sub").path, "-q"]) == 3)
  }

  @Test func swapLeavesNoTemporaryFoldersAndKeepsOtherFiles() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? fm.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in")
    try article(in: input)
    let out = dir.appendingPathComponent("out")
    try fm.createDirectory(at: out.appendingPathComponent("network.svg"), withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: out.appendingPathComponent("notes.md"))
    try Data("stale".utf8).write(to: out.appendingPathComponent("timeline.svg"))
    #expect(await parley(["build", input.path, "-o", out.path, "-q"]) == 0)
    #expect(try fm.contentsOfDirectory(atPath: dir.path).sorted() == [".out.parley-lock", "in", "out"])
    let names = Set(try fm.contentsOfDirectory(atPath: out.path))
    // PNG and PDF pictures are written only with --format png,pdf.
    let optional: Set = ["network.png", "timeline.png", "network.pdf", "timeline.pdf"]
    #expect(names == OutputFolder.outputNames.subtracting(optional).union(["notes.md"]))
    #expect(try String(contentsOf: out.appendingPathComponent("timeline.svg"), encoding: .utf8) != "stale")
    var isFolder: ObjCBool = true
    #expect(fm.fileExists(atPath: out.appendingPathComponent("network.svg").path, isDirectory: &isFolder) && !isFolder.boolValue)
  }

  @Test func emptyInputKeepsTheOldOutputs() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? fm.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in")
    try article(in: input)
    let out = dir.appendingPathComponent("out")
    #expect(await parley(["build", input.path, "-o", out.path, "-q"]) == 0)
    let before = try String(contentsOf: out.appendingPathComponent("mentions.jsonl"), encoding: .utf8)
    let empty = dir.appendingPathComponent("empty")
    try fm.createDirectory(at: empty, withIntermediateDirectories: true)
    #expect(await parley(["build", empty.path, "-o", out.path, "-q"]) == 1)
    #expect(try String(contentsOf: out.appendingPathComponent("mentions.jsonl"), encoding: .utf8) == before)
    #expect(!before.isEmpty)
  }

  @Test func aSecondRunOnALockedFolderRefuses() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? fm.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in")
    try article(in: input)
    let out = dir.appendingPathComponent("out")
    let held = try OutputFolder(path: out.path)
    #expect(throws: OutputError.self) { try OutputFolder(path: out.path) }
    #expect(await parley(["build", input.path, "-o", out.path, "-q"]) == 3)
    held.discard()
    #expect(await parley(["build", input.path, "-o", out.path, "-q"]) == 0)
  }

  @Test func leftoversOfAKilledRunAreRemoved() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? fm.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in")
    try article(in: input)
    let stale = dir.appendingPathComponent(".out.parley-tmp-ABCDEF")
    try fm.createDirectory(at: stale, withIntermediateDirectories: true)
    #expect(await parley(["build", input.path, "-o", dir.appendingPathComponent("out").path, "-q"]) == 0)
    #expect(!fm.fileExists(atPath: stale.path))
  }
}
