import Foundation
import ParleyExport
import ParleyExtract
import ParleyGraph
import ParleyIngest
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs python3 with `script` and `arguments`; returns its exit status and stdout.
func python(_ script: String, _ arguments: [String] = []) -> (status: Int32, output: String, errors: String)? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", "-c", script] + arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  let errorFile = FileManager.default.temporaryDirectory
    .appendingPathComponent("parley-python-\(UUID().uuidString).err")
  _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
  defer { try? FileManager.default.removeItem(at: errorFile) }
  process.standardError = try? FileHandle(forWritingTo: errorFile)
  do { try process.run() } catch { return nil }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
  return (process.terminationStatus, String(decoding: data, as: UTF8.self), errors)
}

/// Whether python3 with networkx, the independent reader of the exports, is installed.
let hasNetworkx = python("import networkx")?.status == 0

/// Reads every export with Python's `csv` and networkx and prints what it saw as JSON.
let readerScript = #"""
import csv, io, json, sys, os
import networkx as nx
d = sys.argv[1]
out = {}
for name in ["events", "mentions", "actors"]:
    with open(os.path.join(d, name + ".csv"), newline="", encoding="utf-8") as f:
        raw = f.read()
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    out[name + ".csv"] = {"header": rows[0], "rows": rows[1:],
        "crlf": raw.count("\r\n") >= len(rows) and raw.endswith("\r\n")}
def summary(g):
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "multi": g.is_multigraph(), "directed": g.is_directed(),
            "names": {str(n): a.get("name") for n, a in g.nodes(data=True)},
            "labels": {str(n): a.get("label") for n, a in g.nodes(data=True)},
            "mentions": {str(n): a.get("mentions") for n, a in g.nodes(data=True)},
            "edge_data": sorted([[str(u), str(v), str(k), a.get("type"), a.get("date"),
                                  a.get("reciprocal"), a.get("mentions"), a.get("start"), a.get("end")]
                                 for u, v, k, a in (g.edges(keys=True, data=True) if g.is_multigraph()
                                                    else ((u, v, a.get("id"), a) for u, v, a in g.edges(data=True)))]),
            "mode": g.graph.get("mode")}
out["graphml"] = summary(nx.read_graphml(os.path.join(d, "graph.graphml")))
out["gexf"] = summary(nx.read_gexf(os.path.join(d, "graph.gexf")))
with open(os.path.join(d, "graph.json"), encoding="utf-8") as f:
    data = json.load(f)
out["json"] = summary(nx.node_link_graph(data, edges="links"))
print(json.dumps(out))
"""#

/// A small graph whose names hold everything that breaks naive writers.
func trickyGraph() -> EventGraph {
  let date = CivilDate(year: 2025, month: 4, day: 27)
  let later = CivilDate(year: 2025, month: 5, day: 2)
  let a = PoliticalActor(
    id: "quoted", name: "The \"Quoted\", Ltd & Sons", kind: .organization, country: "GBR", sector: "BUS")
  let b = PoliticalActor(id: "angle", name: "<Angle> & 'Apostrophe'\nSecond line", kind: .group)
  let c = PoliticalActor(id: "formula", name: "=HYPERLINK(\"x\")", kind: .person, country: "USA", sector: "GOV")
  let d = PoliticalActor(id: "scripts", name: "Сергей Лавров · 王毅 · محمد", kind: .person, country: "RUS")
  func mention(_ s: PoliticalActor, _ t: PoliticalActor, _ type: InteractionType, _ day: CivilDate?,
               reciprocal: Bool = false, sentence: Int) -> Mention {
    Mention(
      article: "a, \"b\".txt", articleDate: date, sentence: sentence,
      evidence: "He said: \"=1+1\", then\nleft.", source: s, target: t, type: type, mode: nil,
      reciprocal: reciprocal, date: day, dateText: day == nil ? nil : "Sunday",
      datePrecision: day == nil ? nil : "day", status: .occurred, trigger: "said")
  }
  return EventGraph(mentions: [
    mention(a, b, .consult, date, reciprocal: true, sentence: 0),
    mention(a, b, .accuse, later, sentence: 1),
    mention(c, d, .request, nil, sentence: 2),
    mention(d, a, .aid, date, sentence: 3),
    mention(a, b, .accuse, date, sentence: 4),  // a parallel edge: same pair and direction
  ])
}

@Suite struct ExportReaderTests {
  let graph = trickyGraph()

  @Test func formulaCellsAreNeutralised() {
    #expect(CSVExport.neutralised("=SUM(A1)") == "'=SUM(A1)")
    #expect(CSVExport.neutralised("+1") == "'+1")
    #expect(CSVExport.neutralised("-x") == "'-x")
    #expect(CSVExport.neutralised("@me") == "'@me")
    #expect(CSVExport.neutralised("\tx") == "'\tx")
    #expect(CSVExport.neutralised("\rx") == "'\rx")
    #expect(CSVExport.neutralised("Kyiv") == "Kyiv")
    #expect(CSVExport.field("a,b") == "\"a,b\"")
    #expect(CSVExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
  }

  @Test func xmlDropsIllegalCharacters() throws {
    var g = graph
    g.actors[0].actor.name = "bell\u{7}\u{0}nul\u{FFFE}"
    let xml = GraphMLExport.document(for: g)
    #expect(!xml.contains("\u{7}") && !xml.contains("\u{0}"))
    #expect(xml.contains("bellnul"))
    #expect(XMLParser(data: Data(xml.utf8)).parse())
    #expect(XMLParser(data: Data(GEXFExport.document(for: g).utf8)).parse())
  }

  @Test func outputIsDeterministic() throws {
    #expect(try NodeLinkExport.document(for: graph) == NodeLinkExport.document(for: trickyGraph()))
    #expect(GEXFExport.document(for: graph) == GEXFExport.document(for: trickyGraph()))
    #expect(GraphMLExport.document(for: graph) == GraphMLExport.document(for: trickyGraph()))
  }

  @Test(.enabled(if: hasNetworkx, "python3 with networkx is absent: exports not read back"))
  func independentReadersRoundTrip() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-export-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let writer = OutputWriter(directory: dir.path)
    try writer.prepare()
    try writer.writeData(of: graph)
    let run = try #require(python(readerScript, [dir.path]))
    #expect(run.status == 0, "python3 could not read the exports: \(run.errors)")
    let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])

    let names = Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.actor.id, $0.actor.name) })
    #expect(graph.actors.count == 4 && graph.events.count == 5)
    // CSV: header, one row per record, exact text except the formula guard.
    let actorsCSV = try #require(seen["actors.csv"] as? [String: Any])
    #expect(actorsCSV["header"] as? [String] == CSVExport.actorColumns)
    #expect(actorsCSV["crlf"] as? Bool == true)
    let actorRows = try #require(actorsCSV["rows"] as? [[String]])
    #expect(actorRows.count == graph.actors.count)
    for row in actorRows {
      let name = try #require(names[row[0]])
      #expect(row[1] == CSVExport.neutralised(name))
    }
    #expect(actorRows.contains { $0[1] == "'=HYPERLINK(\"x\")" })
    let eventsCSV = try #require(seen["events.csv"] as? [String: Any])
    let eventRows = try #require(eventsCSV["rows"] as? [[String]])
    #expect(eventsCSV["header"] as? [String] == CSVExport.eventColumns)
    #expect(eventRows.count == graph.events.count)
    #expect(eventRows.map { $0[0] } == graph.events.map(\.id))
    #expect(eventRows.allSatisfy { $0.count == CSVExport.eventColumns.count })
    let firstArticle = try #require(CSVExport.eventColumns.firstIndex(of: "first_article"))
    let evidence = try #require(CSVExport.eventColumns.firstIndex(of: "evidence"))
    #expect(eventRows.allSatisfy { $0[firstArticle] == "a, \"b\".txt" && $0[evidence] == "He said: \"=1+1\", then\nleft." })
    let mentionsCSV = try #require(seen["mentions.csv"] as? [String: Any])
    #expect((mentionsCSV["rows"] as? [[String]])?.count == graph.mentions.count)

    // Graphs: same nodes, edges and names in all three readers.
    let expectedEdges = graph.events.map { e -> [String] in [e.source, e.target, e.id, e.type.rawValue] }.sorted {
      $0.lexicographicallyPrecedes($1)
    }
    for format in ["graphml", "gexf", "json"] {
      let g = try #require(seen[format] as? [String: Any], "\(format) not read")
      #expect(g["nodes"] as? Int == graph.actors.count, "\(format) nodes")
      #expect(g["edges"] as? Int == graph.events.count, "\(format) edges")
      #expect(g["multi"] as? Bool == true && g["directed"] as? Bool == true, "\(format) kind")
      #expect(g["names"] as? [String: String] == names, "\(format) names")
      let mentions = Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.actor.id, $0.mentions) })
      #expect(g["mentions"] as? [String: Int] == mentions, "\(format) typed mentions")
      let edges = try #require(g["edge_data"] as? [[Any]])
      #expect(edges.map { $0.prefix(4).compactMap { $0 as? String } } == expectedEdges, "\(format) edges")
      let reciprocal = edges.filter { ($0[5] as? Bool) == true }.count
      #expect(reciprocal == graph.events.filter(\.reciprocal).count, "\(format) boolean reciprocal")
    }
    let gexf = try #require(seen["gexf"] as? [String: Any])
    #expect(gexf["mode"] as? String == "dynamic")
    #expect(gexf["labels"] as? [String: String] == names)
    let spells = try #require(gexf["edge_data"] as? [[Any]])
    for e in graph.events {
      let row = try #require(spells.first { $0[2] as? String == e.id })
      #expect(row[7] as? String == e.date?.description && row[8] as? String == e.date?.description)
    }
  }
}

/// The committed `Output/` (what `parley build Samples -o Output` writes), read by networkx.
@Suite struct SampleOutputReaderTests {
  static let output = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Output")

  @Test(.enabled(if: hasNetworkx, "python3 with networkx is absent: Output/ not read back"))
  func countsEqualTheJSONLines() throws {
    func lineCount(_ name: String) throws -> Int {
      try String(contentsOf: Self.output.appendingPathComponent(name), encoding: .utf8)
        .split(separator: "\n").count
    }
    let actors = try lineCount("actors.jsonl")
    let events = try lineCount("events.jsonl")
    let mentions = try lineCount("mentions.jsonl")
    let run = try #require(python(readerScript, [Self.output.path]))
    #expect(run.status == 0, "python3 could not read Output/: \(run.errors)")
    let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    for format in ["graphml", "gexf", "json"] {
      let g = try #require(seen[format] as? [String: Any])
      #expect(g["nodes"] as? Int == actors, "\(format) nodes")
      #expect(g["edges"] as? Int == events, "\(format) edges")
    }
    #expect(((seen["actors.csv"] as? [String: Any])?["rows"] as? [Any])?.count == actors)
    #expect(((seen["events.csv"] as? [String: Any])?["rows"] as? [Any])?.count == events)
    #expect(((seen["mentions.csv"] as? [String: Any])?["rows"] as? [Any])?.count == mentions)
  }
}
