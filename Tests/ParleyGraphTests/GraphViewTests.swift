import ParleyExtract
import ParleyIngest
import Testing

@testable import ParleyGraph

/// Views on graphs built here: levels, every filter, the summary and determinism.
@Suite struct GraphViewTests {
  let lavrov = person("Sergey Lavrov", country: "RUS").addingRole(ActorRole(title: "Foreign Minister", country: "RUS", seen: nil))
  let putin = person("Vladimir Putin", country: "RUS")
  let rubio = person("Marco Rubio", country: "USA")
  let trump = person("Donald Trump", country: "USA")
  let guterres = PoliticalActor(
    id: "antonio-guterres", name: "António Guterres", kind: .person, country: nil, sector: "IGO",
    aliases: ["Guterres"])
  let russia = PoliticalActor(id: "russia", name: "Russia", kind: .country, country: "RUS", sector: "GOV", aliases: ["Moscow"])
  let ministry = PoliticalActor(
    id: "russia-foreign-ministry", name: "Russian Foreign Ministry", kind: .government, country: "RUS",
    sector: "GOV", aliases: ["Russian Foreign Ministry"])

  /// Lavrov–Rubio twice, Putin–Trump, Putin → Russia (domestic), Lavrov → the ministry,
  /// Guterres → Lavrov (planned, in May), a month-dated AGREE of Putin and Trump.
  var graph: EventGraph {
    var monthly = mention(putin, trump, .agree, date: nil, precision: "month", article: "m.txt", sentence: 1)
    monthly.dateValue = "2025-05"
    return EventGraph(mentions: [
      mention(lavrov, rubio, date: "2025-04-20", article: "a.txt"),
      mention(lavrov, rubio, date: "2025-04-27", article: "b.txt"),
      mention(putin, trump, date: "2025-04-22", article: "c.txt"),
      mention(putin, russia, .support, date: "2025-04-23", article: "d.txt", reciprocal: false),
      mention(lavrov, ministry, .support, date: "2025-04-24", article: "e.txt", reciprocal: false),
      mention(guterres, lavrov, .request, date: "2025-05-02", article: "f.txt", status: .planned, reciprocal: false),
      monthly,
    ])
  }

  func view(_ change: (inout GraphView) -> Void) -> ViewedGraph {
    var v = GraphView()
    change(&v)
    return v.apply(to: graph)
  }

  func pairs(_ g: EventGraph) -> [String] {
    g.edges.map { "\($0.source)|\($0.target)\($0.isDomestic ? " domestic" : "")" }
  }

  @Test func theEmptyViewKeepsEverything() throws {
    let v = GraphView().apply(to: graph)
    #expect(v.graph.events == graph.events)
    #expect(v.graph.mentions == graph.mentions)
    #expect(v.graph.actors == graph.actors)
    #expect(v.graph.found == graph.found)
    #expect(!v.summary.isCut)
    #expect(v.summary.description == "showing all 7 actors and 5 pairs")
    #expect(v.warnings.isEmpty)
  }

  @Test func countryLevelRollsPeopleUpAndDropsEdgesInsideOneCountry() {
    let v = view { $0.level = .country }
    #expect(v.graph.actors.map(\.actor.id) == ["antonio-guterres", "russia", "united-states"])
    #expect(pairs(v.graph) == ["antonio-guterres|russia", "russia|united-states"])
    let pair = v.graph.edges.first { $0.target == "united-states" }
    #expect(pair?.eventIDs.count == 4)  // two Lavrov–Rubio, one Putin–Trump, the May AGREE
    let us = v.graph.actor("united-states")
    #expect(us?.actor.kind == .country)
    #expect(us?.actor.aliases.contains("Marco Rubio") == true)
    #expect(us?.events == 4)
    // Mentions follow: no Putin → Russia at country level, actors replaced.
    #expect(v.graph.mentions.count == 5)
    #expect(v.graph.mentions.allSatisfy { $0.source.kind != .person || $0.source.id == "antonio-guterres" })
    #expect(v.graph.found.count == 5)
    #expect(v.summary.totalActors == 3)
  }

  @Test func organizationLevelUsesTheMinistryAndMarksDomesticPairs() {
    let v = view { $0.level = .organization }
    // Lavrov (Foreign Minister) → the Russian Foreign Ministry; Putin → a Russian government made
    // for the view; Rubio and Trump → a US government.
    let ids = Set(v.graph.actors.map(\.actor.id))
    #expect(ids.contains("russia-foreign-ministry"))
    #expect(ids.contains("russia-government"))
    #expect(ids.contains("united-states-government"))
    #expect(!ids.contains("sergey-lavrov"))
    #expect(v.graph.actor("russia-government")?.actor.kind == .government)
    #expect(v.graph.actor("russia-government")?.actor.name == "Russian government")
    #expect(pairs(v.graph).contains("russia|russia-government domestic"))
    #expect(pairs(v.graph).contains("russia-foreign-ministry|united-states-government"))
    // Lavrov → his own ministry is now a self-loop, kept in the data.
    #expect(v.graph.events.contains { $0.source == "russia-foreign-ministry" && $0.target == "russia-foreign-ministry" })
  }

  @Test func noDomesticDropsPairsInsideOneCountry() {
    let v = view { $0.excludesDomestic = true }
    #expect(pairs(v.graph) == ["antonio-guterres|sergey-lavrov", "donald-trump|vladimir-putin", "marco-rubio|sergey-lavrov"])
    #expect(v.summary.cutBy == ["--no-domestic"])
  }

  @Test func datesKeepOverlappingMonthsAndDropUndated() {
    let april = view { $0.from = CivilDate(iso: "2025-04-21"); $0.to = CivilDate(iso: "2025-04-30") }
    #expect(april.graph.events.compactMap(\.date).map(\.description) == ["2025-04-22", "2025-04-23", "2025-04-24", "2025-04-27"])
    // A month-precise event overlaps a range inside its month.
    let may = view { $0.from = CivilDate(iso: "2025-05-10"); $0.to = CivilDate(iso: "2025-05-12") }
    #expect(may.graph.events.map(\.dateValue) == ["2025-05"])
    #expect(may.summary.cutBy == ["--from/--to"])
    #expect(may.summary.description.hasSuffix("; --from, --to to change"))
  }

  @Test func actorFilterMatchesNamesAndAliasesInAnyCase() {
    let v = view { $0.actors = ["GUTERRES", "marco rubio"] }
    #expect(pairs(v.graph) == ["antonio-guterres|sergey-lavrov", "marco-rubio|sergey-lavrov"])
    let accents = view { $0.actors = ["antonio guterres"] }
    #expect(accents.graph.events.count == 1)
  }

  @Test func aSurnameFindsItsPersonAndNamedActorsKeepTheirOrder() {
    let v = view { $0.actors = ["rubio", "Lavrov", "Marco Rubio"] }
    #expect(v.warnings.isEmpty)
    #expect(v.namedActors == ["marco-rubio", "sergey-lavrov"])
    #expect(pairs(v.graph).contains("marco-rubio|sergey-lavrov"))
    let country = view {
      $0.level = .country
      $0.actors = ["Rubio"]
    }
    #expect(country.namedActors == ["united-states"])
    #expect(view { $0.actors = ["Sergey"] }.namedActors.isEmpty)
  }

  @Test func anActorThatMatchesNothingWarnsAndShowsNothing() {
    let v = view { $0.actors = ["Nobody Atall"] }
    #expect(v.graph.events.isEmpty)
    #expect(v.warnings == ["--actor Nobody Atall: matches no actor"])
    #expect(v.summary.cutBy == ["--actor"])
  }

  @Test func countryTypeAndStatusFilters() {
    #expect(view { $0.countries = ["usa"] }.graph.events.count == 4)
    #expect(view { $0.types = [.support] }.graph.events.count == 2)
    #expect(view { $0.statuses = [.planned] }.graph.events.map(\.type) == [.request])
    let unknown = view { $0.countries = ["XYZ"] }
    #expect(unknown.warnings == ["--country XYZ: no actor of that country"])
  }

  @Test func minEventsKeepsStrongPairs() {
    let v = view { $0.minEvents = 2 }
    #expect(pairs(v.graph) == ["marco-rubio|sergey-lavrov", "donald-trump|vladimir-putin"].sorted())
    #expect(view { $0.minEvents = 3 }.graph.events.isEmpty)
  }

  @Test func egoAndHops() {
    let one = view { $0.ego = "marco rubio" }
    #expect(Set(one.graph.actors.map(\.actor.id)) == ["marco-rubio", "sergey-lavrov"])
    let two = view { $0.ego = "marco rubio"; $0.hops = 2 }
    #expect(Set(two.graph.actors.map(\.actor.id)) == ["marco-rubio", "sergey-lavrov", "antonio-guterres", "russia-foreign-ministry"])
    let country = view { $0.ego = "Sergey Lavrov"; $0.level = .country }
    #expect(Set(country.graph.actors.map(\.actor.id)) == ["russia", "united-states", "antonio-guterres"])
    let nobody = view { $0.ego = "Nobody" }
    #expect(nobody.warnings == ["--ego Nobody: matches no actor"])
    #expect(nobody.graph.events.isEmpty)
  }

  @Test func topKeepsTheActorsWithTheMostEvents() {
    // Weighted degree: Lavrov 4, Putin 3, then Trump (2, first by id); only Putin–Trump is among them.
    let v = view { $0.top = 3 }
    #expect(Set(v.graph.actors.map(\.actor.id)) == ["vladimir-putin", "donald-trump"])
    #expect(v.summary.description == "showing 2 of 7 actors and 1 of 5 pairs (top 3); --top to change")
  }

  @Test func summaryCountsThousands() {
    let s = ViewSummary(
      actors: 40, totalActors: 1224, pairs: 210, totalPairs: 3149, events: 1, totalEvents: 2,
      cutBy: ["--top"], settings: [])
    #expect(s.description == "showing 40 of 1,224 actors and 210 of 3,149 pairs; --top to change")
  }

  @Test func viewsAreDeterministicAndIndependentOfMentionOrder() {
    var v = GraphView()
    v.level = .country
    v.top = 2
    let a = v.apply(to: graph)
    let reversed = EventGraph(mentions: graph.found.indices.reversed().map { i in
      var m = graph.mentions[i]
      m.source = graph.found[i].source
      m.target = graph.found[i].target
      return m
    })
    let b = v.apply(to: reversed)
    #expect(a.graph.events == b.graph.events)
    #expect(a.graph.mentions == b.graph.mentions)
    #expect(a.graph.actors == b.graph.actors)
    #expect(a.summary == b.summary)
  }

  @Test func levelNames() {
    #expect(ActorLevel(name: "Organisation") == .organization)
    #expect(ActorLevel(name: "COUNTRY") == .country)
    #expect(ActorLevel(name: "galaxy") == nil)
  }
}
