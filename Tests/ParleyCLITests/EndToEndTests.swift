import Foundation
import Testing

@testable import ParleyCLI

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs `parley` in-process with the working directory at the package root.
func parley(_ arguments: [String]) async -> Int32 {
  FileManager.default.changeCurrentDirectoryPath(Paths.packageRoot.path)
  return await ParleyCommand.run(arguments: arguments)
}

func lines(_ url: URL) throws -> [String] {
  try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
}

func json(_ line: String) throws -> [String: Any] {
  try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
}

@Suite(.serialized) struct EndToEndTests {
  /// `Output/` is what `parley build Samples -o Output` writes. Set
  /// PARLEY_RECORD_OUTPUT=1 to regenerate it (the test then fails, to be run again).
  @Test func outputFolderIsCurrent() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let status = await parley(["build", "Samples", "-o", dir.path, "--quiet"])
    #expect(status == 0)
    let committed = Paths.packageRoot.appendingPathComponent("Output")
    let record = ProcessInfo.processInfo.environment["PARLEY_RECORD_OUTPUT"] != nil
    for name in [
      "mentions.jsonl", "events.jsonl", "actors.jsonl", "network.dot", "timeline.dot",
      "mentions.csv", "events.csv", "actors.csv", "graph.graphml", "graph.gexf", "graph.json",
    ] {
      let fresh = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      let old = try? String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
      if record {
        try FileManager.default.createDirectory(at: committed, withIntermediateDirectories: true)
        try fresh.write(to: committed.appendingPathComponent(name), atomically: true, encoding: .utf8)
        Issue.record("re-recorded Output/\(name)")
      } else {
        #expect(fresh == old, "Output/\(name) is stale: run PARLEY_RECORD_OUTPUT=1 swift test --filter outputFolderIsCurrent")
      }
    }
    for name in ["network.svg", "timeline.svg"] {
      let fresh = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      #expect(XMLParser(data: Data(fresh.utf8)).parse(), "\(name) is not valid XML")
      let old = try? String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
      if record {
        try fresh.write(to: committed.appendingPathComponent(name), atomically: true, encoding: .utf8)
      } else {
        // Bytes vary with the Graphviz version: compare structure (node and edge titles).
        #expect(Self.titles(fresh) == Self.titles(old ?? ""), "Output/\(name) shows other nodes or edges")
      }
    }
  }

  static func titles(_ svg: String) -> [String] {
    svg.components(separatedBy: "<title>").dropFirst().map { String($0.prefix { $0 != "<" }) }.sorted()
  }

  @Test func seedArticleYieldsTheTwoCalls() async throws {
    guard let shared = Paths.shared else { return }  // users clone without ../shared
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let status = await parley(["build", shared.appendingPathComponent("seeds").path, "-o", dir.path, "-q"])
    #expect(status == 0)
    let mentions = try lines(dir.appendingPathComponent("mentions.jsonl")).map(json)
    func has(_ a: String, _ b: String, _ date: String) -> Bool {
      mentions.contains { m in
        let s = (m["source"] as? [String: Any])?["name"] as? String ?? ""
        let t = (m["target"] as? [String: Any])?["name"] as? String ?? ""
        return Set([s, t]) == Set([a, b]) && m["type"] as? String == "CONSULT"
          && m["date"] as? String == date && m["status"] as? String == "occurred"
      }
    }
    #expect(has("Sergey Lavrov", "Marco Rubio", "2025-04-27"))
    #expect(has("Vladimir Putin", "Steve Witkoff", "2025-04-25"))
    // Nothing else is dated April 25: that date belongs to the conversation it is attached to.
    let april25 = mentions.filter { $0["date"] as? String == "2025-04-25" }
    #expect(april25.allSatisfy { (($0["source"] as? [String: Any])?["name"] as? String ?? "") != "Marco Rubio"
      && (($0["target"] as? [String: Any])?["name"] as? String ?? "") != "Marco Rubio" })
    // The occurred events: the Sunday call (by phone), what was agreed during it, and the
    // Putin–Witkoff conversation.
    let events = try lines(dir.appendingPathComponent("events.jsonl")).map(json)
    let occurred = events.filter { $0["status"] as? String == "occurred" }
      .map { "\($0["type"] as? String ?? "") \($0["date"] as? String ?? "-") \($0["mode"] as? String ?? "-")" }
    #expect(occurred.sorted() == ["AGREE 2025-04-27 -", "CONSULT 2025-04-25 -", "CONSULT 2025-04-27 phone"])
    // The body is repeated twice in the scrape: each sentence counts once.
    let sentences = mentions.map { $0["evidence"] as? String ?? "" }
    #expect(Set(sentences.filter { $0.contains("Sunday night phone call") }).count == 1)
    #expect(sentences.filter { $0.contains("Sunday night phone call") }.count == 1)
    let svg = try String(contentsOf: dir.appendingPathComponent("network.svg"), encoding: .utf8)
    #expect(svg.contains("Sergey Lavrov") && svg.contains("Marco Rubio"))
  }

  @Test func badInputIsSkippedWithExitStatusOne() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try Data([0, 1, 2, 0, 255, 0]).write(to: input.appendingPathComponent("blob.txt"))
    try Data().write(to: input.appendingPathComponent("empty.txt"))
    try " date 2025-05-02 200\nTalks\nChilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer on Thursday.\n"
      .write(to: input.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out")
    let status = await parley(["build", input.path, "-o", out.path, "-q"])
    #expect(status == 1)
    let mentions = try lines(out.appendingPathComponent("mentions.jsonl"))
    #expect(mentions.count == 1)
    #expect(await parley(["build", dir.appendingPathComponent("missing").path, "-o", out.path, "-q"]) == 2)
  }

  @Test func usageErrorsExitWithTwo() async {
    #expect(await parley(["build"]) == 2)
    #expect(await parley(["time", "--date", "2025-02-30"]) == 2)
    #expect(await parley(["nonsense"]) == 2)
  }
}
