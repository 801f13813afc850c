import Foundation
import Testing

@testable import ParleyIngest

@Suite("Expanding files and folders")
struct InputFilesTests {
  @Test("folders are walked recursively, sorted, hidden entries skipped, paths kept relative")
  func walk() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("b.txt", "x")
    try folder.write("a.html", "x")
    try folder.write("sub/c.md", "x")
    try folder.write(".hidden.txt", "x")
    try folder.write(".git/config", "x")
    let (files, diagnostics) = Ingestor().inputFiles(for: [folder.path])
    #expect(diagnostics.isEmpty)
    #expect(files.map(\.path) == ["a.html", "b.txt", "sub/c.md"].map { folder.path + "/" + $0 })
  }

  @Test("a file given twice (also through its folder) is listed once; missing paths are reported")
  func deduplicateAndMissing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write("a.txt", "x")
    let (files, diagnostics) = Ingestor().inputFiles(for: [file, folder.path, file, folder.path + "/missing.txt"])
    #expect(files.map(\.path) == [file])
    #expect(diagnostics.map(\.description) == ["\(folder.path)/missing.txt: no such file or folder"])
    #expect(diagnostics.first?.severity == .skipped)
  }

  @Test("a folder symlink pointing back up is reported as a loop, not followed forever")
  func folderLoop() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("sub/a.txt", "x")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/sub/up", withDestinationPath: folder.path)
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/self.txt", withDestinationPath: folder.path + "/self.txt")
    let (files, diagnostics) = Ingestor().inputFiles(for: [folder.path])
    #expect(files.map(\.path) == [folder.path + "/sub/a.txt"])
    #expect(diagnostics.map(\.message).sorted() == ["symbolic link loop", "symbolic link loop (leads back to an enclosing folder)"])
  }

  @Test("paths are kept as given, not absolutised or standardised")
  func relative() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("x/a.txt", "x")
    // The process-wide directory is not changed (tests run in parallel): use a path with "..".
    let parent = (folder.path as NSString).deletingLastPathComponent
    let name = (folder.path as NSString).lastPathComponent
    let given = parent + "/" + name + "/x/../x"
    let (files, _) = Ingestor().inputFiles(for: [given])
    #expect(files.map(\.path) == [given + "/a.txt"])
  }
}
