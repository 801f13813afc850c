import ParleyExtract
import Testing

extension TimeTests {
  @Suite struct TimeEvaluationTests {
    func t(_ start: Int, _ end: Int, _ value: String, _ type: TimexType = .date) -> TimeExpression {
      TimeExpression(start: start, end: end, text: "x", type: type, value: value)
    }

    @Test func exactMatchCountsAsStrictAndRelaxed() {
      let (counts, failures) = TimeEvaluation.score(gold: [t(0, 6, "2013-03-22")], predicted: [t(0, 6, "2013-03-22")])
      #expect(counts.strict == 1 && counts.relaxed == 1 && counts.valueMatches == 1)
      #expect(failures.isEmpty)
      let s = counts.scores(documents: 1)
      #expect(s.strictF1 == 1 && s.relaxedF1 == 1 && s.valueF1 == 1)
    }

    @Test func overlapIsRelaxedOnly() {
      // Gold "the last week", predicted "last week".
      let (counts, _) = TimeEvaluation.score(gold: [t(10, 23, "2013-W11")], predicted: [t(14, 23, "2013-W11")])
      #expect(counts.strict == 0)
      #expect(counts.relaxed == 1)
      #expect(counts.valueMatches == 1)
    }

    @Test func wrongValueLowersValueF1Only() {
      let gold = [t(0, 6, "2013-03-22"), t(10, 14, "2012")]
      let predicted = [t(0, 6, "2013-03-15"), t(10, 14, "2012")]
      let s = TimeEvaluation.score(gold: gold, predicted: predicted).counts.scores(documents: 1)
      #expect(s.relaxedF1 == 1)
      #expect(s.valueAccuracy == 0.5)
      #expect(s.valueF1 == 0.5)
    }

    @Test func missesAndSpuriousPredictions() {
      let gold = [t(0, 6, "2013-03-22"), t(20, 24, "2012")]
      let predicted = [t(0, 6, "2013-03-22"), t(30, 33, "PRESENT_REF"), t(40, 44, "P1D", .duration)]
      let (counts, failures) = TimeEvaluation.score(gold: gold, predicted: predicted)
      let s = counts.scores(documents: 1)
      #expect(abs(s.relaxedPrecision - 1.0 / 3) < 1e-9)
      #expect(s.relaxedRecall == 0.5)
      #expect(abs(s.relaxedF1 - 0.4) < 1e-9)
      #expect(abs(s.valueF1 - 0.4) < 1e-9)
      #expect(failures.count == 3)
    }

    @Test func onePredictionMatchesOneGold() {
      // A long prediction overlapping two gold spans matches only the first.
      let gold = [t(0, 4, "1957"), t(5, 7, "1958")]
      let (counts, _) = TimeEvaluation.score(gold: gold, predicted: [t(0, 7, "1957")])
      #expect(counts.relaxed == 1)
      #expect(counts.typeMatches == 1)
    }

    @Test func emptyInputsScoreZeroWithoutDividingByZero() {
      let s = TimeEvaluation.score(gold: [], predicted: []).counts.scores(documents: 0)
      #expect(s.valueF1 == 0 && s.strictF1 == 0)
    }

    @Test func unreadableFileThrows() {
      #expect(throws: (any Error).self) {
        try TimeEvaluation.evaluate(fileAt: "/nonexistent/timeml.jsonl")
      }
    }
  }
}
