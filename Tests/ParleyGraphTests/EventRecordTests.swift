import Foundation
import ParleyExtract
import ParleyIngest
import Testing

@testable import ParleyGraph

/// What each merged event keeps: outlets, report dates, dates, and the plan it fulfils.
@Suite struct EventRecordTests {
  let ames = person("Ilsa Ames", country: "NOR")
  let brandt = person("Otto Brandt", country: "DEU")

  @Test func outletsAreDistinctAndReportDatesSpanTheArticles() {
    let events = EventMerger().merge([
      report(ames, brandt, day: "2031-03-08", article: "one.txt", published: "2031-03-08", outlet: "Daily Harbour"),
      report(ames, brandt, day: "2031-03-08", article: "copy.txt", published: "2031-03-09", outlet: "Daily Harbour"),
      report(ames, brandt, day: "2031-03-08", article: "two.txt", published: "2031-03-11", outlet: "Northern Wire"),
      report(ames, brandt, day: "2031-03-08", article: "three.txt", published: "2031-03-10"),
    ])
    #expect(events.count == 1)
    #expect(events[0].outlets == ["Daily Harbour", "Northern Wire"])
    #expect(events[0].firstReported?.description == "2031-03-08")
    #expect(events[0].lastReported?.description == "2031-03-11")
    #expect(events[0].disagreeingDates.isEmpty)
  }

  @Test func anOccurredEventFulfilsThePlanWhoseDateItMeets() {
    let events = EventMerger().merge([
      report(ames, brandt, value: "2031-03", precision: "month", article: "plan.txt", published: "2031-02-20", status: .planned),
      report(ames, brandt, day: "2031-03-08", article: "day-plan.txt", published: "2031-03-01", status: .planned),
      report(brandt, ames, day: "2031-03-08", article: "held.txt"),
      report(ames, brandt, .agree, day: "2031-03-08", article: "held.txt", sentence: 1),
    ])
    let held = events.first { $0.status == .occurred && $0.type == .consult }
    let dayPlan = events.first { $0.status == .planned && $0.date != nil }
    #expect(held?.fulfils != nil)
    #expect(held?.fulfils == dayPlan?.id)  // the most precise plan
    #expect(events.first { $0.type == .agree }?.fulfils == nil)  // another type
  }

  @Test func anOccurredEventOutsideThePlannedWindowFulfilsNothing() {
    let events = EventMerger().merge([
      report(ames, brandt, value: "2031-W05", precision: "week", article: "plan.txt", published: "2031-01-20", status: .planned),
      report(ames, brandt, day: "2031-03-08", article: "held.txt"),
    ])
    #expect(events.allSatisfy { $0.fulfils == nil })
  }

  @Test func coarseDatesAreWrittenAsSuchAndNewKeysAreAdded() throws {
    let events = EventMerger().merge([
      report(ames, brandt, value: "2031-W11", precision: "week", article: "one.txt", outlet: "Coast Radio")
    ])
    let line = try JSONSerialization.jsonObject(with: JSONEncoder().encode(events[0])) as? [String: Any]
    #expect(line?["date"] as? String == "2031-W11")
    #expect(line?["datePrecision"] as? String == "week")
    #expect(line?["outlets"] as? [String] == ["Coast Radio"])
    #expect(line?["firstReported"] as? String == "2031-03-10")
    #expect(line?["disagreeingDates"] as? [String] == [])
    #expect(line?.keys.contains("fulfils") == true)
    let decoded = try JSONDecoder().decode(Event.self, from: JSONEncoder().encode(events[0]))
    #expect(decoded == events[0])
  }

  @Test func undatedEventsKeepANullDate() throws {
    let events = EventMerger().merge([report(ames, brandt, article: "one.txt", status: .planned)])
    let line = try JSONSerialization.jsonObject(with: JSONEncoder().encode(events[0])) as? [String: Any]
    #expect(line?["date"] is NSNull)
    #expect(events[0].id.contains("undated"))
  }
}
