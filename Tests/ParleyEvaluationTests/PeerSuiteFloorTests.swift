import Foundation
import ParleyExtract
import Testing

@testable import ParleyEvaluation

/// Interaction scores on the peer suites in `../shared/peers`, when they exist (users clone
/// without them; CI has them). The floors sit a little under the figures in the README, so
/// that a change which loses events fails here before it lands.
@Suite struct PeerSuiteFloorTests {
  static let peers: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/peers")

  static func file(_ name: String) -> String? {
    let path = peers.appendingPathComponent(name).path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  @Test func ploverGSRStaysAboveTheFloor() throws {
    guard let path = Self.file("plover_gsr_cameo.jsonl") else { return }
    let result = try EventEvaluation.ploverGSR(fileAt: path)
    #expect(result.dyad.f1 >= 0.78)
    #expect(result.typed.f1 >= 0.72)
  }

  @Test func petrarchValidationStaysAboveTheFloor() throws {
    guard let path = Self.file("petr2_gsr_validation.jsonl") else { return }
    let result = try EventEvaluation.petrarch(fileAt: path)
    #expect(result.dyad.f1 >= 0.55)
    #expect(result.typed.f1 >= 0.45)
  }
}
