import Foundation
import ParleyStore
import Testing

/// The SQL blocks of the README's store section, in order.
func readmeStoreQueries() throws -> [String] {
  let readme = try String(contentsOf: Paths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
  guard let start = readme.range(of: "### The store") else { return [] }
  var section = readme[start.upperBound...]
  if let end = section.range(of: "\n### ") { section = section[..<end.lowerBound] }
  return section.components(separatedBy: "```sql\n").dropFirst().compactMap { $0.components(separatedBy: "\n```").first }
}

/// The README's three queries, run against stores built from `Samples/` and from articles
/// written here, and checked against what `events.jsonl` and `actors.jsonl` say.
@Suite(.serialized) struct StoreReadmeQueryTests {
  struct Event {
    var id: String
    var date: String?
    var type: String
    var source: String
    var target: String
  }

  func events(_ folder: URL) throws -> [Event] {
    try lines(folder.appendingPathComponent("events.jsonl")).map(json).map {
      Event(id: $0["id"] as! String, date: $0["date"] as? String, type: $0["type"] as! String,
        source: $0["source"] as! String, target: $0["target"] as! String)
    }
  }

  @Test func theReadmeQueriesAnswerWhatTheJSONLinesSay() async throws {
    let queries = try readmeStoreQueries()
    try #require(queries.count == 3, "the README's store section should hold three SQL blocks")
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = dir.appendingPathComponent("samples.sqlite")
    let out = dir.appendingPathComponent("out")
    #expect(await parley(["build", "Samples", "--store", store.path, "-o", out.path, "-q"]) == 0)
    let reader = try Store(readingFrom: store.path)
    let all = try events(out)

    // 1. The busiest pairs of each month.
    var byMonth: [String: [String: Int]] = [:]
    for e in all where e.source != e.target {
      // Days and months (the query leaves out weeks and years).
      guard let date = e.date, date.count >= 7, !date.contains("-W") else { continue }
      let pair = [e.source, e.target].sorted().joined(separator: "|")
      byMonth[String(date.prefix(7)), default: [:]][pair, default: 0] += 1
    }
    var top: [[String?]] = []
    for month in byMonth.keys.sorted() {
      let pairs = byMonth[month]!.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3)
      for (pair, count) in pairs {
        let ab = pair.split(separator: "|").map(String.init)
        top.append([month, ab[0], ab[1], String(count)])
      }
    }
    #expect(!top.isEmpty)
    #expect(try reader.query(queries[0]) == top)

    // 2. Hakan Fidan's partners.
    let actors = try lines(out.appendingPathComponent("actors.jsonl")).map(json)
    let names = Dictionary(uniqueKeysWithValues: actors.map { ($0["id"] as! String, $0["name"] as! String) })
    let fidan = try #require(actors.first { ($0["aliases"] as? [String] ?? []).contains("Hakan Fidan") }?["id"] as? String)
    var partners: [String: (count: Int, dates: [String])] = [:]
    for e in all where e.source != e.target && (e.source == fidan || e.target == fidan) {
      let partner = e.source == fidan ? e.target : e.source
      partners[partner, default: (0, [])].count += 1
      if let date = e.date { partners[partner]!.dates.append(date) }
    }
    let expected = partners.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { id, p -> [String?] in
      [id, names[id], String(p.count), p.dates.min(), p.dates.max()]
    }
    #expect(expected.count >= 2)
    #expect(try reader.query(queries[1]) == expected)

    // 3. Events of more than one outlet: the Samples name theirs in agency tags and datelines.
    let several = try lines(out.appendingPathComponent("events.jsonl")).map(json).compactMap { e -> [String?]? in
      let outlets = e["outlets"] as? [String] ?? []
      return outlets.count > 1 ? [e["id"] as? String, e["date"] as? String, e["type"] as? String, String(outlets.count)] : nil
    }.sorted { (Int($1[3]!)!, $0[1] ?? "", $0[0]!) < (Int($0[3]!)!, $1[1] ?? "", $1[0]!) }
    #expect(try reader.query(queries[2]) == several)
  }

  @Test func theOutletQueryFindsEventsReportedByTwoOutlets() async throws {
    let queries = try readmeStoreQueries()
    try #require(queries.count == 3)
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    func article(_ url: String, _ text: String) -> String {
      let object: [String: Any] = ["title": "Ministers talk", "date": "2025-06-03", "url": url, "text": text]
      return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
    let call = "Russian Foreign Minister Sergey Lavrov and Turkish Foreign Minister Hakan Fidan spoke by phone on Monday about a ceasefire."
    try writeFiles([
      "a.json": article("https://www.harbor.example/world/1", call + " The ministers agreed to stay in touch."),
      "b.json": article("https://wire.example/news/2", "Sergey Lavrov held a phone call with Hakan Fidan on Monday, the Russian side said. " + "Both men discussed grain."),
      "c.json": article("https://harbor.example/world/3", "Ukrainian Foreign Minister Andrii Sybiha met Hakan Fidan in Ankara on Tuesday."),
    ], into: dir.appendingPathComponent("news"))
    let store = dir.appendingPathComponent("s.sqlite")
    let out = dir.appendingPathComponent("out")
    #expect(await parley(["build", dir.appendingPathComponent("news").path, "--store", store.path, "-o", out.path, "-q"]) == 0)
    let reader = try Store(readingFrom: store.path)
    #expect(try reader.query("SELECT DISTINCT outlet FROM articles ORDER BY 1") == [["harbor.example"], ["wire.example"]])
    // Independently: the events whose articles come from two hosts.
    let outletOf = ["a.json": "harbor.example", "b.json": "wire.example", "c.json": "harbor.example"]
    let expected = try lines(out.appendingPathComponent("events.jsonl")).map(json).compactMap { e -> [String?]? in
      let hosts = Set((e["articles"] as? [String] ?? []).compactMap { outletOf[URL(fileURLWithPath: $0).lastPathComponent] })
      return hosts.count > 1 ? [e["id"] as? String, e["date"] as? String, e["type"] as? String, String(hosts.count)] : nil
    }.sorted { (Int($1[3]!)!, $0[1] ?? "", $0[0]!) < (Int($0[3]!)!, $1[1] ?? "", $1[0]!) }
    #expect(!expected.isEmpty)
    #expect(try reader.query(queries[2]) == expected)
  }
}
