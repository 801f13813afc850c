import Foundation
import ParleyExtract
import ParleyGraph
import ParleyIngest
import Testing

@testable import ParleyRender

/// A graph the size of a 1,500-article folder: `actors` actors, `count` mentions spread
/// over eight years, a few hubs and a long tail, deterministic.
func syntheticGraph(actors: Int = 400, count: Int = 4000) -> EventGraph {
  var state: UInt64 = 0x9E37_79B9_7F4A_7C15
  func next(_ n: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(n))
  }
  let sectors = ["GOV", "MIL", "IGO", "LEG", "REB", "MED", nil]
  let people = (0..<actors).map { i in
    PoliticalActor(
      id: "actor-\(i)", name: "Actor \(i) \"Q\" <&>", kind: ActorKind.allCases[i % 5], country: "FRA",
      sector: sectors[i % sectors.count], aliases: [])
  }
  let start = CivilDate(iso: "2014-01-03")!.dayNumber
  var mentions: [Mention] = []
  for k in 0..<count {
    // Skewed: low ids are hubs.
    let a = min(next(actors), next(actors), next(actors))
    var b = min(next(actors), next(actors))
    if b == a { b = (a + 1) % actors }
    let day = CivilDate(dayNumber: start + next(3000))
    let type = InteractionType.allCases[next(16)]
    mentions.append(Mention(
      article: "a\(k % 1500).txt", articleDate: day, sentence: k % 40,
      evidence: "Sentence \(k) with <tags> & \"quotes\"", source: people[a], target: people[b], type: type,
      mode: nil, reciprocal: k % 3 == 0, date: day, dateText: "today", datePrecision: "day",
      status: k % 7 == 0 ? .planned : .occurred, trigger: "met"))
  }
  return EventGraph(mentions: mentions)
}

/// The `width` of an SVG in points.
func svgWidth(_ svg: String) -> Double? {
  guard let r = svg.range(of: #"<svg width="([0-9.]+)pt""#, options: .regularExpression) else { return nil }
  return Double(svg[r].dropFirst(12).dropLast(3))
}

/// The smallest text of an SVG in points as drawn at its `width`: the least `font-size`
/// times the scale Graphviz applies to the drawing (`transform="scale(s s) …"`).
func smallestFontPoints(_ svg: String) -> Double? {
  var scale = 1.0
  if let r = svg.range(of: #"transform="scale\(([0-9.]+)"#, options: .regularExpression),
    let s = Double(svg[r].dropFirst(17))
  {
    scale = s
  }
  let sizes = svg.components(separatedBy: "font-size=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
  return sizes.min().map { $0 * scale }
}

@Suite(.serialized) struct PictureBoundsTests {
  static let big = syntheticGraph()

  @Test func networkOfALargeGraphFitsAPageWithLegendAndCaption() throws {
    let graph = Self.big
    #expect(graph.events.count > 2000)
    let diagram = NetworkDiagram(graph: graph)
    let svg = try diagram.svg()
    #expect(isWellFormedXML(svg))
    let width = try #require(svgWidth(svg))
    #expect(width <= 1800)
    let shown = svg.components(separatedBy: "class=\"node actor ").count - 1
    #expect(shown <= 50 && shown > 20)
    let pairs = graph.edges.filter { $0.source != $0.target }.count
    #expect(svg.contains("showing \(shown) of \(grouped(graph.actors.count)) actors and "))
    #expect(svg.contains(" of \(grouped(pairs)) pairs"))
    #expect(svg.contains("verbal cooperation") && svg.contains("material conflict"))
    #expect(svg.contains("government") && svg.contains("intergovernmental"))
    // no edge labels at this size, no self-loops
    #expect(!svg.contains("class=\"edge event") || !svg.contains(" ×"))
    #expect(try diagram.svg() == svg)
  }

  @Test func timelineOfALargeGraphFitsAPage() throws {
    let graph = Self.big
    let svg = try TimelineDiagram(graph: graph).svg()
    #expect(isWellFormedXML(svg))
    let width = try #require(svgWidth(svg))
    #expect(width <= 1800)
    #expect(svg.components(separatedBy: "class=\"node lane ").count - 1 == 14)
    #expect(svg.contains("class=\"node axis"))
    let plan = TimelineDiagram(graph: graph).plan()
    #expect(plan.columns.count <= TimelineDiagram.maxColumns)
    #expect(plan.total - plan.drawn.count == plan.undated + plan.offLane + plan.crowded)
    #expect(svg.contains("\(grouped(plan.total - plan.drawn.count)) not shown"))
    #expect(try TimelineDiagram(graph: graph).svg() == svg)
  }

  @Test func textOfBothPicturesOfALargeGraphIsAtLeastEightPoints() throws {
    for svg in [try NetworkDiagram(graph: Self.big).svg(), try TimelineDiagram(graph: Self.big).svg()] {
      let width = try #require(svgWidth(svg))
      let smallest = try #require(smallestFontPoints(svg))
      #expect(width <= 1800)
      #expect(smallest >= 8, "smallest text \(smallest) pt at \(width) pt wide")
    }
    #expect(smallestFontPoints(#"<svg><g transform="scale(0.5 0.5)"><text font-size="14.00">x</text></g></svg>"#) == 7)
  }

  @Test func hostileNamesAreEscapedInBothPictures() throws {
    let evil = "Evil \"quote\" <script>alert(1)</script> & \\ co\nnewline"
    let a = PoliticalActor(id: "evil", name: evil, kind: .group, country: nil, sector: "REB", aliases: [evil + " alias"])
    let b = PoliticalActor(id: "b&<", name: "B </title> ]]>", kind: .person, country: nil, sector: nil, aliases: [])
    let m = Mention(
      article: "<x>.txt", articleDate: CivilDate(iso: "2020-01-01"), sentence: 0,
      evidence: "\"</desc><script>\" & ]]>", source: a, target: b, type: .threaten, mode: nil,
      reciprocal: false, date: CivilDate(iso: "2020-01-01"), dateText: "x", datePrecision: "day",
      status: .hypothetical, trigger: "t")
    let graph = EventGraph(mentions: [m])
    for svg in [try NetworkDiagram(graph: graph).svg(), try TimelineDiagram(graph: graph).svg()] {
      #expect(isWellFormedXML(svg))
      #expect(!svg.contains("<script>"))
    }
  }

  @Test func axisBinsGrowWithTheSpanAndGapsAreCompressed() {
    #expect(TimelineDiagram.columns([1, 2, 5, 100]) == [.bin(1), .bin(2), .bin(3), .bin(4), .bin(5), .gap(94), .bin(100)])
    #expect(TimelineDiagram(graph: Self.big).plan().bin != .day)
  }
}
