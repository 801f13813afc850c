import Foundation
import Testing

@testable import ParleyCLI

/// `--version`, and paths that do not exist.
@Suite(.serialized) struct CLIConventionTests {
  @Test func versionFlagSucceeds() async {
    #expect(await parley(["--version"]) == 0)
    #expect(!ParleyCommand.version.isEmpty)
  }

  @Test func missingPathIsAUsageErrorAndWritesNothing() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out")
    let status = await parley(["build", "Samples", dir.appendingPathComponent("missing").path, "-o", out.path, "-q"])
    #expect(status == 2)
    #expect(!FileManager.default.fileExists(atPath: out.path))
    #expect(await parley(["extract", dir.appendingPathComponent("missing").path]) == 2)
  }
}
