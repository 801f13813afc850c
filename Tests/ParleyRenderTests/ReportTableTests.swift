import Foundation
import ParleyExtract
import ParleyGraph
import ParleyIngest
import Testing

@testable import ParleyRender

/// The events table of `report.html`: outlets, report dates and links between a plan and
/// the event that carried it out. Names and outlets written for these tests.
@Suite struct ReportTableTests {
  static func graph() -> EventGraph {
    let a = PoliticalActor(id: "ana-soto", name: "Ana Soto", kind: .person, country: "CHL", sector: "GOV", aliases: [])
    let b = PoliticalActor(id: "elmer-vega", name: "Elmer Vega", kind: .person, country: "PER", sector: "GOV", aliases: [])
    func mention(_ article: String, _ published: String, _ status: InteractionStatus, outlet: String?) -> Mention {
      var m = Mention(
        article: article, articleDate: CivilDate(iso: published), sentence: 0,
        evidence: "Soto \(status == .planned ? "will meet" : "met") Vega in Lima on May 6.", source: a, target: b,
        type: .consult, mode: "visit", reciprocal: true, date: CivilDate(iso: "2025-05-06"), dateText: "May 6",
        datePrecision: "day", status: status, trigger: "meet")
      m.outlet = outlet
      return m
    }
    return EventGraph(mentions: [
      mention("plan.txt", "2025-05-01", .planned, outlet: "Andes <Wire> & \"Co\""),
      mention("met-1.txt", "2025-05-06", .occurred, outlet: "Lima Daily"),
      mention("met-2.txt", "2025-05-07", .occurred, outlet: "Andes <Wire> & \"Co\""),
      mention("met-3.txt", "2025-05-08", .occurred, outlet: "Lima Daily"),
    ])
  }

  static func html(_ graph: EventGraph) throws -> String {
    let network = NetworkDiagram(graph: graph)
    let timeline = TimelineDiagram(graph: graph)
    return HTMLReport(graph: graph, run: .init(articlesRead: 4), network: network, timeline: timeline)
      .html(networkSVG: try network.svg(), timelineSVG: try timeline.svg())
  }

  @Test func outletsAndReportDatesAreShownAndEscaped() throws {
    let graph = Self.graph()
    let occurred = try #require(graph.events.first { $0.status == .occurred })
    #expect(occurred.outlets.count == 2)
    let page = try Self.html(graph)
    #expect(page.contains("data-key=\"outlets\" data-numeric=\"1\""))
    // Two outlets for three articles: copies of one outlet count once.
    #expect(page.contains("<td data-sort=\"2\" title=\"Andes &lt;Wire&gt; &amp; &quot;Co&quot;; Lima Daily\">2<ul class=\"outlets\">"))
    #expect(page.contains("<li>Andes &lt;Wire&gt; &amp; &quot;Co&quot;</li><li>Lima Daily</li>"))
    #expect(!page.contains("<Wire>"))
    #expect(page.contains("title=\"reported 2025-05-06 – 2025-05-08\">3"))
  }

  @Test func aPlanAndTheEventThatCarriedItOutLinkToEachOther() throws {
    let graph = Self.graph()
    let occurred = try #require(graph.events.first { $0.status == .occurred })
    let plan = try #require(graph.events.first { $0.status == .planned })
    #expect(occurred.fulfils == plan.id)
    let page = try Self.html(graph)
    #expect(page.contains("<tr id=\"row-\(plan.id)\""))
    #expect(page.contains("<tr id=\"row-\(occurred.id)\""))
    #expect(page.contains("<a class=\"fulfils\" href=\"#row-\(plan.id)\" title=\"\(plan.id)\">as planned 2025-05-06</a>"))
    #expect(page.contains("<a class=\"fulfils\" href=\"#row-\(occurred.id)\" title=\"\(occurred.id)\">happened 2025-05-06</a>"))
  }

  @Test func aPlanLeftOutOfTheViewIsNamedWithoutALink() throws {
    var view = GraphView()
    view.statuses = [.occurred]
    let graph = view.apply(to: Self.graph()).graph
    let page = try Self.html(graph)
    #expect(page.contains("<span class=\"fulfils\""))
    #expect(!page.contains("<a class=\"fulfils\""))
  }
}
