import Foundation
import Testing

@testable import ParleyCLI

/// `--max-file-size` takes a positive, finite number of megabytes up to the limit.
@Suite(.serialized) struct MaxFileSizeTests {
  @Test(arguments: ["1e20", "inf", "9e15", "nan", "1e-30", "0", "-1", "4097"])
  func outOfRangeSizesAreUsageErrors(_ size: String) async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let status = await parley(["build", "Samples", "-o", dir.path, "--quiet", "--max-file-size", size])
    #expect(status == 2, "--max-file-size \(size)")
  }

  @Test func sizesInRangeGiveBytes() throws {
    #expect(throws: Never.self) { try InputOptions.validateMaxFileSize(4096) }
    #expect(throws: Never.self) { try InputOptions.validateMaxFileSize(0.5) }
    var options = try InputOptions.parse([Paths.packageRoot.appendingPathComponent("Samples").path, "--max-file-size", "2"])
    #expect(options.maxFileSizeBytes == 2 * 1024 * 1024)
    options.maxFileSize = .infinity
    #expect(options.maxFileSizeBytes == 1)
  }
}
