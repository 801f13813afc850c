import Foundation
import ParleyExtract
import ParleyGraph
import ParleyIngest
import Testing

@testable import ParleyRender

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Whether `text` parses as XML.
func isWellFormedXML(_ text: String) -> Bool {
  XMLParser(data: Data(text.utf8)).parse()
}

func sampleGraph() -> EventGraph {
  let a = PoliticalActor(id: "a-b", name: "Ann \"The\" <Bold> & Co\\", kind: .person, country: "FRA", sector: "GOV", aliases: [])
  let b = PoliticalActor(id: "c", name: "Country C", kind: .country, country: "DEU", sector: "GOV", aliases: [])
  let m = Mention(
    article: "x.txt", articleDate: CivilDate(iso: "2025-04-28"), sentence: 0,
    evidence: "Ann met <C> & \"friends\"", source: a, target: b, type: .consult, mode: "phone",
    reciprocal: true, date: CivilDate(iso: "2025-04-27"), dateText: "Sunday", datePrecision: "day",
    status: .occurred, trigger: "met")
  var planned = m
  planned.type = .accuse
  planned.reciprocal = false
  planned.status = .planned
  return EventGraph(mentions: [m, planned])
}

@Suite struct RenderTests {
  @Test func dotQuotingEscapesHostileText() {
    #expect(DOTText.quoted("a\"b\\c\nd\u{7}") == "\"a\\\"b\\\\c\\nd\"")
    #expect(DOTText.attributes(["b": "2", "a": "1"]) == " [a=\"1\", b=\"2\"]")
  }

  @Test func networkSVGIsValidXMLAndShowsTheActors() throws {
    let svg = try NetworkDiagram(graph: sampleGraph()).svg()
    #expect(isWellFormedXML(svg))
    #expect(svg.contains("Country C"))
    #expect(svg.contains("&lt;Bold&gt;"))
    #expect(svg.components(separatedBy: "class=\"node actor ").count - 1 == 2)
    #expect(svg.components(separatedBy: "class=\"edge event ").count - 1 == 1)
    #expect(svg.replacingOccurrences(of: "&#45;", with: "-").contains("class=\"node actor sector-GOV kind-country\""))
    #expect(svg.contains("<title>Country C</title>"))
  }

  @Test func timelineSVGIsValidXMLWithLanesAxisAndOneMarkerPerParticipant() throws {
    let graph = sampleGraph()
    let svg = try TimelineDiagram(graph: graph).svg()
    #expect(isWellFormedXML(svg))
    #expect(svg.replacingOccurrences(of: "&#45;", with: "-").contains("2025-04-27"))
    #expect(svg.components(separatedBy: "class=\"node lane ").count - 1 == 2)
    #expect(svg.components(separatedBy: "class=\"node axis\"").count - 1 == 1)
    // each event is a marker on both participants' lanes, joined by one link
    #expect(svg.components(separatedBy: "class=\"node event ").count - 1 == 2 * graph.events.count)
    #expect(svg.components(separatedBy: "class=\"edge link ").count - 1 == graph.events.count)
    #expect(svg.contains("2 of 2 events on the 2 most active actors&#39; lanes, by day")
      || svg.contains("2 of 2 events on the 2 most active actors' lanes, by day"))
  }

  @Test func dotIsDeterministic() {
    #expect(NetworkDiagram(graph: sampleGraph()).dot() == NetworkDiagram(graph: sampleGraph()).dot())
    #expect(TimelineDiagram(graph: sampleGraph()).dot() == TimelineDiagram(graph: sampleGraph()).dot())
  }

  @Test func syntaxErrorsAreReportedAndDoNotPoisonLaterRenders() throws {
    #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph { a -> }") }
    do {
      _ = try Graphviz.render(dot: "digraph { a -> ; }")
      Issue.record("expected a syntax error")
    } catch let error as GraphvizError {
      guard case .syntax(let message) = error else { Issue.record("wrong error \(error)"); return }
      #expect(message.contains("syntax"))
    }
    let svg = try Graphviz.render(dot: "digraph { a -> b }")
    #expect(isWellFormedXML(svg))
  }

  @Test func manyConcurrentRendersAreSerialisedSafely() async throws {
    let dot = NetworkDiagram(graph: sampleGraph()).dot()
    let expected = try Graphviz.render(dot: dot, engine: "neato")
    let results = try await withThrowingTaskGroup(of: String.self) { group in
      for i in 0..<48 {
        group.addTask {
          i % 3 == 0 ? try Graphviz.render(dot: "digraph { n\(i) -> m\(i) }") : try Graphviz.render(dot: dot, engine: "neato")
        }
      }
      var all: [String] = []
      for try await svg in group { all.append(svg) }
      return all
    }
    #expect(results.count == 48)
    #expect(results.allSatisfy(isWellFormedXML))
    #expect(results.filter { $0 == expected }.count == 32)
  }
}
