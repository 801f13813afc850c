import Testing

@testable import ParleyExtract
import ParleyIngest

/// Extraction stays bounded on text written to hurt it: sentences without an end, articles
/// with thousands of mentions, and joint meetings of very many sides (all generated here).
@Suite struct BoundedExtractionTests {
  /// Words without a sentence end are cut into sentences of at most the limit, at spaces,
  /// and nothing is lost.
  @Test func anEndlessSentenceIsCutAtSpaces() {
    let words = (0..<5_000).map { "word\($0 % 97)" }
    let paragraph = words.joined(separator: " ")
    let sentences = SentenceSplitter().sentences(in: paragraph)
    #expect(sentences.count > 1)
    #expect(sentences.allSatisfy { $0.unicodeScalars.count <= SentenceSplitter.maxSentenceScalars })
    #expect(sentences.joined(separator: " ") == paragraph)
    // One word longer than the limit is cut at the limit.
    let long = String(repeating: "x", count: 4_500)
    #expect(SentenceSplitter().sentences(in: long).map(\.count) == [2_000, 2_000, 500])
  }

  /// Ordinary sentences are not touched by the limit.
  @Test func ordinarySentencesAreKeptWhole() {
    let text = "Germany criticised France over the deal. The talks, which lasted " + String(repeating: "many hours and ", count: 100) + "ended."
    #expect(SentenceSplitter().sentences(in: text).count == 2)
  }

  /// An antecedent far back in a long article is still found: the dateless meeting of the
  /// same pair takes the date of the dated one 300 sentences earlier.
  @Test func aFarAntecedentStillDatesAMention() {
    var paragraphs = ["Emmanuel Macron met Olaf Scholz on 3 March."]
    paragraphs += (0..<300).map { "The weather in town number \($0) was mild." }
    paragraphs.append("Emmanuel Macron met Olaf Scholz again.")
    let mentions = Extractor().mentions(in: longArticle(paragraphs))
    #expect(mentions.count == 2)
    #expect(mentions.map { $0.date?.description } == ["2025-03-03", "2025-03-03"])
  }

  /// An article of many mentions is extracted in time linear in its length: 4,000
  /// sentences, each an interaction, in well under the time the quadratic look-back took.
  @Test func manyMentionsInOneArticle() {
    let names = ["Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Pedro Sanchez", "Donald Tusk"]
    let paragraphs = (0..<4_000).map { n in
      "\(names[n % 5]) met \(names[(n / 5 + 1 + n) % 5]) in the capital number \(n)."
    }
    let a = longArticle(paragraphs)
    let mentions = Extractor().mentions(in: a)
    #expect(mentions.count >= 3_000)
    var budget = WorkBudget(limit: 10_000_000)
    #expect(Extractor().mentions(in: a, budget: &budget) == mentions)
    #expect(budget.used > 0 && !budget.isExhausted)
  }

  /// Joint meetings of dozens of named sides make every pair a mention: the work budget
  /// counts them and stops extraction once it is spent.
  @Test func theWorkBudgetStopsAPathologicalArticle() {
    let countries = ["France", "Germany", "Italy", "Spain", "Poland", "Japan", "India", "Brazil", "Canada", "Mexico",
      "Turkey", "Egypt", "Kenya", "Chile", "Peru", "Norway", "Sweden", "Finland", "Greece", "Portugal"]
    let sentence = "At a multilateral meeting " + countries.joined(separator: ", ") + " and Austria met."
    let a = longArticle(Array(repeating: sentence, count: 200).enumerated().map { "\($1) It was round \($0)." })
    var small = WorkBudget(limit: 100_000)
    #expect(Extractor().mentions(in: a, budget: &small) == nil)
    #expect(small.isExhausted)
    var large = WorkBudget(limit: 1_000_000_000)
    let all = Extractor().mentions(in: a, budget: &large)
    #expect(all != nil && all!.count > 0)
  }
}

/// An article of the paragraphs `paragraphs`, dated 2025-04-28.
private func longArticle(_ paragraphs: [String]) -> Article {
  Article(path: "long.txt", title: nil, date: CivilDate(iso: "2025-04-28"), dateSource: .header, paragraphs: paragraphs)
}
