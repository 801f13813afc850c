import ParleyExtract
import ParleyIngest
import Testing

@testable import ParleyGraph

func person(_ name: String, country: String? = nil) -> PoliticalActor {
  PoliticalActor(
    id: name.lowercased().replacingOccurrences(of: " ", with: "-"), name: name, kind: .person,
    country: country, sector: "GOV", aliases: [name])
}

func mention(
  _ a: PoliticalActor, _ b: PoliticalActor, _ type: InteractionType = .consult,
  date: String?, precision: String? = "day", article: String = "a.txt", articleDate: String = "2025-04-28",
  sentence: Int = 0, status: InteractionStatus = .occurred, reciprocal: Bool = true
) -> Mention {
  Mention(
    article: article, articleDate: CivilDate(iso: articleDate), sentence: sentence,
    evidence: "\(a.name) and \(b.name) in \(article)#\(sentence)", source: a, target: b, type: type,
    mode: nil, reciprocal: reciprocal, date: date.flatMap { CivilDate(iso: $0) }, dateText: nil,
    datePrecision: precision, status: status, trigger: "met")
}

@Suite struct EventGraphTests {
  let lavrov = person("Sergey Lavrov", country: "RUS")
  let rubio = person("Marco Rubio", country: "USA")

  @Test func sameEventAcrossArticlesMergesOnce() {
    let graph = EventGraph(mentions: [
      mention(lavrov, rubio, date: "2025-04-27", article: "a.txt"),
      mention(rubio, lavrov, date: "2025-04-27", article: "b.txt", sentence: 3),
      mention(lavrov, rubio, date: "2025-04-28", precision: "article", article: "c.txt"),
    ])
    #expect(graph.events.count == 1)
    #expect(graph.events[0].mentions == 3)
    #expect(graph.events[0].articles == ["a.txt", "b.txt", "c.txt"])
    #expect(graph.events[0].date?.description == "2025-04-27")
    #expect(graph.events[0].source == "marco-rubio")  // reciprocal: canonical order
  }

  @Test func differentDaysStayDifferentEvents() {
    let graph = EventGraph(mentions: [
      mention(lavrov, rubio, date: "2025-04-20"), mention(lavrov, rubio, date: "2025-04-27"),
    ])
    #expect(graph.events.map { $0.date?.description ?? "-" } == ["2025-04-20", "2025-04-27"])
    #expect(graph.edges.count == 1)
    #expect(graph.edges[0].mutual == 2)
  }

  @Test func statusAndDirectionSeparateEvents() {
    let graph = EventGraph(mentions: [
      mention(lavrov, rubio, .accuse, date: "2025-04-27", reciprocal: false),
      mention(rubio, lavrov, .accuse, date: "2025-04-27", reciprocal: false),
      mention(lavrov, rubio, date: "2025-04-27", status: .planned),
    ])
    #expect(graph.events.count == 3)
    let edge = graph.edges[0]
    #expect(edge.forward == 1 && edge.backward == 1 && edge.mutual == 1)
    #expect(edge.other == 1)
  }

  @Test func spellingVariantsOfAPersonMerge() {
    let sergei = person("Sergei Lavrov", country: "RUS")
    let graph = EventGraph(mentions: [
      mention(lavrov, rubio, date: "2025-04-27"), mention(sergei, rubio, date: "2025-04-27", article: "b.txt"),
    ])
    #expect(graph.actors.count == 2)
    #expect(graph.actor("sergey-lavrov")?.actor.aliases.contains("Sergei Lavrov") == true)
    #expect(graph.events.count == 1)
  }

  @Test func countsPerActor() {
    let graph = EventGraph(mentions: [
      mention(lavrov, rubio, date: "2025-04-27"), mention(lavrov, rubio, date: "2025-04-27", sentence: 1),
    ])
    #expect(graph.actor("sergey-lavrov")?.mentions == 2)
    #expect(graph.actor("sergey-lavrov")?.events == 1)
  }
}

/// Weeks and months the text gave stay on the events. Sentences written for this test.
@Suite struct CoarseDateTests {
  @Test func aMonthIsKeptAndTwoMonthsAreTwoEvents() {
    let a = Article(
      path: "a.txt", date: CivilDate(iso: "2015-10-07"), dateSource: .header,
      paragraphs: ["Barack Obama met Vladimir Putin last month.", "Barack Obama met Vladimir Putin in July."])
    let events = EventGraph(mentions: Extractor().mentions(in: a)).events
    #expect(events.contains { $0.dateValue == "2015-09" && $0.id.contains("2015-09") })
    #expect(events.filter { $0.type == .consult }.count == 2)
  }
}
