import ParleyExtract
import ParleyIngest
import Testing

@testable import ParleyGraph

/// A mention built field by field, for the merge rules (names and sentences invented here).
func report(
  _ a: PoliticalActor, _ b: PoliticalActor, _ type: InteractionType = .consult, day: String? = nil,
  value: String? = nil, precision: String? = nil, article: String, published: String = "2031-03-10",
  sentence: Int = 0, status: InteractionStatus = .occurred, reciprocal: Bool = true, mode: String? = nil,
  outlet: String? = nil
) -> Mention {
  let date = day.flatMap { CivilDate(iso: $0) }
  var m = Mention(
    article: article, articleDate: CivilDate(iso: published), sentence: sentence,
    evidence: "\(a.name) and \(b.name) (\(article) #\(sentence))", source: a, target: b, type: type,
    mode: mode, reciprocal: reciprocal, date: date, dateText: day ?? value,
    datePrecision: precision ?? (day != nil ? "day" : nil), status: status, trigger: "talked")
  m.dateValue = value
  m.outlet = outlet
  return m
}

/// An article-dated mention: the text gave no date, the article's date stands in.
func reportDatedByArticle(
  _ a: PoliticalActor, _ b: PoliticalActor, _ type: InteractionType = .consult, article: String,
  published: String, reciprocal: Bool = true, outlet: String? = nil, status: InteractionStatus = .occurred
) -> Mention {
  report(
    a, b, type, day: published, precision: "article", article: article, published: published,
    status: status, reciprocal: reciprocal, outlet: outlet)
}

@Suite struct CrossArticleMergeTests {
  let ames = person("Ilsa Ames", country: "NOR")
  let brandt = person("Otto Brandt", country: "DEU")
  let cruz = person("Lena Cruz", country: "CHL")

  @Test func reciprocalPairsMergeInEitherOrder() {
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-08", article: "one.txt"),
      report(brandt, ames, day: "2031-03-08", article: "two.txt"),
    ])
    #expect(events.count == 1)
    #expect(events[0].articles == ["one.txt", "two.txt"])
    #expect(events[0].source == "ilsa-ames" && events[0].target == "otto-brandt")
  }

  @Test func aDirectedReportJoinsTheReciprocalOne() {
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-08", article: "one.txt"),
      report(brandt, ames, day: "2031-03-08", article: "two.txt", reciprocal: false),
    ])
    #expect(events.count == 1)
    #expect(events[0].reciprocal)
  }

  @Test func oppositeDirectionsWithoutAReciprocalReportStayApart() {
    let events = EventMerger().merge([
      report(ames, brandt, .accuse, day: "2031-03-08", article: "one.txt", reciprocal: false),
      report(brandt, ames, .accuse, day: "2031-03-08", article: "two.txt", reciprocal: false),
    ])
    #expect(events.count == 2)
    #expect(Set(events.map(\.source)) == ["ilsa-ames", "otto-brandt"])
    #expect(Set(events.map(\.id)).count == 2)
  }

  @Test func aConsultWithAModeJoinsOneWithoutAndKeepsTheMode() {
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-08", article: "one.txt", mode: "phone"),
      report(ames, brandt, day: "2031-03-08", article: "two.txt"),
    ])
    #expect(events.count == 1)
    #expect(events[0].mode == "phone")
  }

  @Test func differentTypesStayApart() {
    let events = EventMerger().merge([
      report(ames, brandt, .consult, day: "2031-03-08", article: "one.txt"),
      report(ames, brandt, .agree, day: "2031-03-08", article: "two.txt"),
    ])
    #expect(events.count == 2)
  }

  @Test func aDayInsideAMonthAgreesAndJoinsTheDay() {
    let events = EventMerger().merge([
      report(ames, brandt, value: "2031-03", precision: "month", article: "one.txt"),
      report(ames, brandt, day: "2031-03-08", article: "two.txt"),
    ])
    #expect(events.count == 1)
    #expect(events[0].date?.description == "2031-03-08")
    #expect(events[0].datePrecision == "day")
    #expect(events[0].disagreeingDates == ["2031-03"])
  }

  @Test func aDayInsideAWeekOrYearAgrees() {
    let week = EventMerger().merge([
      report(ames, brandt, value: "2031-W10", precision: "week", article: "one.txt"),
      report(ames, brandt, day: "2031-03-05", article: "two.txt"),
    ])
    #expect(week.count == 1 && week[0].date?.description == "2031-03-05")
    let year = EventMerger().merge([
      report(ames, brandt, value: "2031", precision: "year", article: "one.txt"),
      report(ames, brandt, day: "2031-03-05", article: "two.txt"),
    ])
    #expect(year.count == 1)
  }

  @Test func whatHadHappenedByAReportIsNoLaterDay() {
    // "has met B several times this year", reported on 10 March, is not the meeting of
    // 20 March another article tells of; a planned one may be.
    let occurred = EventMerger().merge([
      report(ames, brandt, value: "2031", precision: "year", article: "one.txt", published: "2031-03-10"),
      report(ames, brandt, day: "2031-03-20", article: "two.txt", published: "2031-03-21"),
    ])
    #expect(occurred.count == 2)
    let planned = EventMerger().merge([
      report(ames, brandt, value: "2031-03", precision: "month", article: "one.txt", published: "2031-03-10", status: .planned),
      report(ames, brandt, day: "2031-03-20", article: "two.txt", published: "2031-03-21", status: .planned),
    ])
    #expect(planned.count == 1)
  }

  @Test func aDayOutsideTheMonthDoesNotAgree() {
    let events = EventMerger().merge([
      report(ames, brandt, value: "2031-02", precision: "month", article: "one.txt"),
      report(ames, brandt, day: "2031-03-08", article: "two.txt"),
    ])
    #expect(events.count == 2)
    let month = events.first { $0.dateValue == "2031-02" }
    #expect(month?.datePrecision == "month")
    #expect(month?.id.contains("2031-02") == true)
  }

  @Test func aWeekInsideAMonthJoinsTheWeek() {
    let events = EventMerger().merge([
      report(ames, brandt, value: "2031-03", precision: "month", article: "one.txt"),
      report(ames, brandt, value: "2031-W11", precision: "week", article: "two.txt"),
    ])
    #expect(events.count == 1)
    #expect(events[0].dateValue == "2031-W11")
    #expect(events[0].datePrecision == "week")
  }

  @Test func anArticleDatedReportJoinsTheNearestTextDatedEventBeforeIt() {
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-02", article: "old.txt"),
      report(ames, brandt, day: "2031-03-08", article: "one.txt"),
      reportDatedByArticle(brandt, ames, article: "two.txt", published: "2031-03-10"),
    ])
    #expect(events.count == 2)
    let joined = events.first { $0.date?.description == "2031-03-08" }
    #expect(joined?.articles == ["one.txt", "two.txt"])
  }

  @Test func anArticleDatedReportOutsideTheWindowStaysApart() {
    let events = EventMerger(reportWindow: 3).merge([
      report(ames, brandt, day: "2031-03-01", article: "one.txt"),
      reportDatedByArticle(ames, brandt, article: "two.txt", published: "2031-03-10"),
    ])
    #expect(events.count == 2)
    #expect(events.contains { $0.datePrecision == "article" && $0.date?.description == "2031-03-10" })
  }

  @Test func anArticleDatedReportDoesNotJoinALaterEvent() {
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-12", article: "one.txt", published: "2031-03-12"),
      reportDatedByArticle(ames, brandt, article: "two.txt", published: "2031-03-10"),
    ])
    #expect(events.count == 2)
  }

  @Test func twoArticleDatedReportsOneDayApartJoin() {
    let events = EventMerger().merge([
      reportDatedByArticle(ames, brandt, article: "wire.txt", published: "2031-03-10"),
      reportDatedByArticle(brandt, ames, article: "next-day.txt", published: "2031-03-11"),
      reportDatedByArticle(ames, brandt, article: "much-later.txt", published: "2031-03-20"),
    ])
    #expect(events.count == 2)
    #expect(events[0].articles == ["next-day.txt", "wire.txt"])
    #expect(events[0].date?.description == "2031-03-10")
    #expect(events[0].firstReported?.description == "2031-03-10")
    #expect(events[0].lastReported?.description == "2031-03-11")
  }

  @Test func plannedAndOccurredStaySeparate() {
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-08", article: "one.txt"),
      report(ames, brandt, day: "2031-03-08", article: "two.txt", status: .planned),
      report(ames, brandt, day: "2031-03-08", article: "three.txt", status: .negated),
      report(ames, brandt, day: "2031-03-08", article: "four.txt", status: .hypothetical),
    ])
    #expect(events.count == 4)
    #expect(Set(events.map(\.status)).count == 4)
  }

  @Test func otherPairsStayApart() {
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-08", article: "one.txt"),
      report(ames, cruz, day: "2031-03-08", article: "two.txt"),
    ])
    #expect(events.count == 2)
  }

  @Test func theResultDoesNotDependOnInputOrder() {
    let input = [
      report(ames, brandt, value: "2031-03", precision: "month", article: "a.txt", outlet: "Northern Wire"),
      report(ames, brandt, day: "2031-03-08", article: "b.txt", outlet: "Daily Harbour"),
      report(brandt, ames, day: "2031-03-04", article: "c.txt"),
      reportDatedByArticle(ames, brandt, article: "d.txt", published: "2031-03-09"),
      reportDatedByArticle(ames, brandt, article: "e.txt", published: "2031-03-30"),
      reportDatedByArticle(ames, brandt, article: "f.txt", published: "2031-03-31"),
      report(ames, cruz, .accuse, day: "2031-03-08", article: "g.txt", reciprocal: false),
      report(cruz, ames, .accuse, day: "2031-03-08", article: "h.txt", reciprocal: false),
      report(ames, brandt, article: "i.txt", status: .planned),
    ]
    let expected = EventMerger().merge(input)
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<20 {
      #expect(EventMerger().merge(input.shuffled(using: &generator)) == expected)
    }
  }
}

/// A small deterministic generator for shuffles (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct VagueDateMergeTests {
  let ames = person("Ilsa Ames", country: "NOR")
  let brandt = person("Otto Brandt", country: "DEU")

  @Test func thisWeekJoinsTheDayJustBeforeTheArticleAndKeepsTheWeekAsDisagreeing() {
    // Published on a Tuesday of week 11; the day given elsewhere was the Saturday before.
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-08", article: "one.txt", published: "2031-03-09"),
      report(ames, brandt, value: "2031-W11", precision: "week", article: "two.txt", published: "2031-03-11"),
    ])
    #expect(events.count == 1)
    #expect(events[0].date?.description == "2031-03-08")
    #expect(events[0].disagreeingDates == ["2031-W11"])
  }

  @Test func aPastWeekDoesNotJoinADayOutsideIt() {
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-08", article: "one.txt", published: "2031-03-09"),
      report(ames, brandt, value: "2031-W08", precision: "week", article: "two.txt", published: "2031-03-11"),
    ])
    #expect(events.count == 2)
  }
}

@Suite struct LargeGroupMergeTests {
  /// One pair reported 24,000 times (days, months, article dates, undated): grouping by pair
  /// and binary searches keep this near-linear; a pairwise merge would take minutes.
  @Test(.timeLimit(.minutes(1))) func aLargeGroupMergesQuickly() {
    let a = person("Ilsa Ames", country: "NOR")
    let b = person("Otto Brandt", country: "DEU")
    let start = CivilDate(iso: "2031-01-01")!
    var input: [Mention] = []
    for i in 0..<6_000 {
      let day = start.adding(days: i % 3_000)
      let published = day.adding(days: 1).description
      input.append(report(a, b, day: day.description, article: "d\(i).txt", published: published))
      input.append(report(a, b, value: String(day.description.prefix(7)), precision: "month", article: "m\(i).txt", published: published))
      input.append(reportDatedByArticle(a, b, article: "r\(i).txt", published: day.adding(days: 2).description))
      input.append(report(a, b, article: "u\(i).txt", published: published))
    }
    let events = EventMerger().merge(input)
    #expect(events.count == 3_000)  // every report joins the day of its group
    #expect(events.reduce(0) { $0 + $1.mentions } == input.count)
  }
}

@Suite struct ShardMergeTests {
  /// Shards of one set of mentions, merged in any grouping and order (and with a shard given
  /// twice), give the same graph as all the mentions at once.
  @Test func shardsInAnyOrderGiveOneGraph() throws {
    let a = person("Ilsa Ames", country: "NOR")
    let b = person("Otto Brandt", country: "DEU")
    let c = person("Lena Cruz", country: "CHL")
    let all = [
      report(a, b, day: "2031-03-08", article: "s1.txt", outlet: "Daily Harbour"),
      report(b, a, value: "2031-03", precision: "month", article: "s2.txt"),
      reportDatedByArticle(a, b, article: "s3.txt", published: "2031-03-10", outlet: "Coast Radio"),
      report(a, c, .accuse, day: "2031-03-09", article: "s3.txt", sentence: 2, reciprocal: false),
      report(a, b, day: "2031-03-08", article: "s4.txt", status: .planned),
      reportDatedByArticle(c, b, article: "s5.txt", published: "2031-03-12"),
    ]
    let whole = EventGraph(mentions: all)
    var generator = SeededGenerator(seed: 11)
    for _ in 0..<12 {
      let shuffled = all.shuffled(using: &generator)
      let cut1 = Int.random(in: 0...shuffled.count, using: &generator)
      let cut2 = Int.random(in: cut1...shuffled.count, using: &generator)
      let shards = [Array(shuffled[..<cut1]), Array(shuffled[cut1..<cut2]), Array(shuffled[cut2...])]
      // (a ∪ b) ∪ c and c ∪ (b ∪ a), duplicates removed as `parley merge` does.
      let left = Array(Set(shards[0] + shards[1])) + shards[2]
      let right = shards[2] + Array(Set(shards[1] + shards[0]))
      for merged in [left, right] {
        let graph = EventGraph(mentions: Array(Set(merged)))
        #expect(graph.events == whole.events)
        #expect(graph.mentions == whole.mentions)
        #expect(graph.actors == whole.actors)
      }
    }
  }
}
