import ParleyIngest
import Testing

@testable import ParleyExtract

/// Extraction never traps, whatever order words come in: sentences drawn from a word list
/// that mixes triggers, actors, places, group nouns, titles and punctuation.
@Suite struct FuzzTests {
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  static let words = [
    "Chile", "Peru", "Chilean", "Peruvian", "Peruvians", "rebels", "the", "authorities", "in",
    "of", "from", "by", "to", "with", "between", "and", ",", ".", "(", ")", "-", "'s", "said",
    "that", "it", "they", "he", "met", "killed", "were", "was", "demanded", "must", "protest",
    "strike", "up", "to", "12", "people", "thousands", "ethnic", "President", "Kim", "Lima",
    "town", "near", "northern", "threatened", "if", "unless", "host", "meeting", "rejected",
    "offer", "lifted", "blockade", "withdrew", "inspectors", "anti", "led", "forces", "Sunday",
    "on", "15", "October", "will", "would", "not", "prepared", "shelling", "aid", "U.N.",
    "Red", "Cross", "complained", "over", "air", "raids", "-", "–", "The", "A", "signed",
    "a", "an", "after", "killing", "police", "arrested", "students", "at", "Gaza",
  ]

  @Test func randomWordOrdersNeverTrap() {
    var rng = Generator(state: 42)
    let extractor = Extractor()
    var paragraphs: [String] = []
    for _ in 0..<1_500 {
      let length = Int.random(in: 1...30, using: &rng)
      paragraphs.append((0..<length).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " "))
    }
    let article = Article(path: "fuzz.txt", date: CivilDate(iso: "2020-01-01"), dateSource: .header, paragraphs: paragraphs)
    let mentions = extractor.mentions(in: article)
    let sentences = extractor.sentences(of: article)
    // It ran through (no trap), found events, and every one cites its own sentence.
    #expect(!mentions.isEmpty)
    #expect(mentions.allSatisfy { $0.sentence < sentences.count && sentences[$0.sentence] == $0.evidence })
  }
}
