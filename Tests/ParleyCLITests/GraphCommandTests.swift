import Foundation
import ParleyExtract
import ParleyGraph
import ParleyExport
import ParleyIngest
import Testing

@testable import ParleyCLI

/// `parley events`, `parley actors` and `parley merge`. Articles written for these tests.
@Suite(.serialized) struct GraphCommandTests {
  static let first = """
     date 2031-06-03 200
    Ferry talks
    Norwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister Alberto van Klaveren in Oslo on Monday.

    Norwegian Prime Minister Jonas Gahr Store will visit Chile next month.
    """

  static let second = """
     date 2031-06-04 200
    Oslo meeting
    Norwegian Foreign Minister Espen Barth Eide and Chilean Foreign Minister Alberto van Klaveren held talks in Oslo on Monday about fisheries.
    """

  func folder() throws -> (URL, [URL]) {
    let dir = try Paths.temporaryDirectory()
    let a = dir.appendingPathComponent("articles/first.txt")
    let b = dir.appendingPathComponent("articles/second.txt")
    try FileManager.default.createDirectory(at: a.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Self.first.write(to: a, atomically: true, encoding: .utf8)
    try Self.second.write(to: b, atomically: true, encoding: .utf8)
    return (dir, [a, b])
  }

  func mentions(_ files: [URL]) -> [Mention] {
    files.flatMap { file in
      Ingestor().read(InputFile(path: file.path)).articles.flatMap { Extractor().mentions(in: $0) }
    }
  }

  @Test func eventsTableListsMergedEventsByDateAndEscapes() throws {
    let (dir, files) = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let graph = EventGraph(mentions: mentions(files))
    let table = EventTable.render(graph)
    let rows = table.split(separator: "\n")
    #expect(rows.first?.hasPrefix("DATE") == true)
    // The Monday talks, reported by both articles, are one event.
    #expect(graph.events.contains { $0.type == .consult && $0.status == .occurred && $0.articles.count == 2 })
    #expect(rows.count == graph.events.count + 1)
    let days = graph.events.compactMap(\.date)
    #expect(days == days.sorted())
    // Hostile names cannot reach the terminal raw.
    var hostile = graph
    if let i = hostile.events.indices.first { hostile.events[i].id = "evil\u{1B}[2J\nnext" }
    let escaped = EventTable.render(hostile)
    #expect(!escaped.contains("\u{1B}") && escaped.contains("\\x1b[2J"))
  }

  @Test func eventsAndActorsCommandsRunWithViewOptions() async throws {
    let (dir, files) = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(await parley(["events", files[0].path, files[1].path, "-q", "--json", "--level", "country"]) == 0)
    #expect(await parley(["actors", dir.appendingPathComponent("articles").path, "-q", "--json"]) == 0)
    #expect(await parley(["events", files[0].path, "-q", "--level", "planet"]) == 2)
    #expect(await parley(["actors", files[0].path, "-q", "--json", "--table"]) == 2)
    #expect(await parley(["events", dir.appendingPathComponent("missing.txt").path]) == 2)
  }

  @Test func actorsTableRanksByEventsWithAliases() throws {
    let (dir, files) = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let graph = EventGraph(mentions: mentions(files))
    let ranked = ActorTable.ranked(graph.actors)
    #expect(ranked.map(\.events) == ranked.map(\.events).sorted(by: >))
    let table = ActorTable.render(ranked)
    #expect(table.hasPrefix("ID"))
    #expect(table.contains("espen-barth-eide") && table.contains("NOR"))
    #expect(table.split(separator: "\n").count == ranked.count + 1)
  }

  @Test func mergeOfShardsEqualsOneBuild() async throws {
    let (dir, files) = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let whole = dir.appendingPathComponent("whole")
    #expect(await parley(["build", dir.appendingPathComponent("articles").path, "-o", whole.path, "-q"]) == 0)
    // Shards as `parley extract` writes them, given in either order and one twice.
    let one = dir.appendingPathComponent("one.jsonl")
    let two = dir.appendingPathComponent("two.jsonl")
    try ParleyExport.JSONLines.encode(mentions([files[0]])).write(to: one, atomically: true, encoding: .utf8)
    try ParleyExport.JSONLines.encode(mentions([files[1]])).write(to: two, atomically: true, encoding: .utf8)
    let merged = dir.appendingPathComponent("merged")
    let again = dir.appendingPathComponent("again")
    #expect(await parley(["merge", one.path, two.path, "-o", merged.path, "-q"]) == 0)
    #expect(await parley(["merge", two.path, one.path, two.path, "-o", again.path, "-q"]) == 0)
    for name in ["events.jsonl", "actors.jsonl", "mentions.jsonl", "events.csv", "graph.json", "network.dot"] {
      let expected = try String(contentsOf: whole.appendingPathComponent(name), encoding: .utf8)
      #expect(try String(contentsOf: merged.appendingPathComponent(name), encoding: .utf8) == expected, "\(name)")
      #expect(try String(contentsOf: again.appendingPathComponent(name), encoding: .utf8) == expected, "\(name)")
    }
    // A build folder can be merged again (its mentions.jsonl).
    let rebuilt = dir.appendingPathComponent("rebuilt")
    #expect(await parley(["merge", whole.path, "-o", rebuilt.path, "-q"]) == 0)
    let events = try lines(rebuilt.appendingPathComponent("events.jsonl")).map(json)
    #expect(events.count == (try lines(whole.appendingPathComponent("events.jsonl")).count))
  }

  @Test func mergeReportsBadLinesAndUsage() async throws {
    let (dir, files) = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let shard = dir.appendingPathComponent("shard.jsonl")
    let good = try ParleyExport.JSONLines.encode(mentions(files))
    try (good + "{\"not\": \"a mention\"}\n").write(to: shard, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out")
    #expect(await parley(["merge", shard.path, "-o", out.path, "-q"]) == 1)
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("events.jsonl").path))
    #expect(await parley(["merge", dir.appendingPathComponent("nothing.jsonl").path, "-o", out.path]) == 2)
    #expect(await parley(["merge", dir.appendingPathComponent("articles").path, "-o", out.path]) == 2)  // no mentions.jsonl
    #expect(MentionFiles.read(shard.path).diagnostics == ["\(shard.path):\(good.split(separator: "\n").count + 1): not a mention, line skipped"])
  }
}
