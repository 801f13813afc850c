import Foundation
import Testing

@testable import ParleyIngest

@Suite("Duplicates across articles")
struct DuplicateDetectorTests {
  static let body = (1...40).map { "Sentence \($0) says that minister \($0 % 7) met envoy \($0 % 5) in city \($0 % 3)." }

  @Test("identical, near-identical and different articles")
  func detection() {
    var detector = DuplicateDetector()
    let original = Article(path: "a.txt", title: "Talks", paragraphs: Self.body)
    #expect(detector.original(of: original) == nil)
    // Same body, different headline, case and punctuation: a copy.
    let copy = Article(path: "b.txt", title: "Other", paragraphs: Self.body.map { $0.uppercased() + "!" })
    #expect(detector.original(of: copy) == "a.txt")
    // One paragraph of forty changed: still a copy.
    var edited = Self.body
    edited[20] = "A wholly different paragraph replaces the twenty-first sentence here."
    #expect(detector.original(of: Article(path: "c.txt", paragraphs: edited)) == "a.txt")
    // Half the body: not a copy.
    let half = Article(path: "d.txt", paragraphs: Array(Self.body.prefix(20)) + (1...20).map { "New text \($0) about other events entirely, reported later." })
    #expect(detector.original(of: half) == nil)
    // A later copy of d points to d.
    #expect(detector.original(of: Article(path: "e.txt", paragraphs: half.paragraphs)) == "d.txt")
  }

  @Test("short articles compare as wholes")
  func shortArticles() {
    var detector = DuplicateDetector()
    #expect(detector.original(of: Article(path: "a", paragraphs: ["Putin met Xi."])) == nil)
    #expect(detector.original(of: Article(path: "b", paragraphs: ["Putin met Modi."])) == nil)
    #expect(detector.original(of: Article(path: "c", paragraphs: ["putin met xi"])) == "a")
  }

  @Test("clean and noisy copies of the shared corpus pair up", .enabled(if: SharedCorpus.news != nil))
  func corpusCopies() throws {
    let news = try #require(SharedCorpus.news)
    let ingestor = Ingestor()
    var detector = DuplicateDetector()
    var originals = 0
    let (files, _) = ingestor.inputFiles(for: [news + "/basil", news + "/noisy"])
    var matched = 0
    for file in files where file.path.hasSuffix(".txt") {
      for article in ingestor.read(file).articles {
        if let earlier = detector.original(of: article) {
          if file.path.contains("noisy-basil"), earlier.hasSuffix(file.path.split(separator: "/").last!.dropFirst(6)) {
            matched += 1
          }
        } else {
          originals += 1
        }
      }
    }
    #expect(matched == 21)
    #expect(originals == 300 + 40)
  }
}

@Suite struct SyndicatedCopyTests {
  @Test func containmentNeedsBothHighOverlapAndSimilarSizes() {
    // 300 shingles with 290 shared: a copy with a trailer.
    #expect(DuplicateDetector.isContained(jaccard: 290.0 / 310.0, 300, 300, threshold: 0.9))
    // A 100-shingle brief inside a 400-shingle article: not a copy.
    #expect(!DuplicateDetector.isContained(jaccard: 0.25, 100, 400, threshold: 0.9))
  }

  @Test func aRepublishedCopyWithATrailerLineIsACopy() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Samples")
    let ingestor = Ingestor()
    let a = ingestor.read(InputFile(path: root.appendingPathComponent("2025-05-16-harbor-post-russia-ukraine-istanbul-talks.txt").path)).articles
    let b = ingestor.read(InputFile(path: root.appendingPathComponent("2025-05-17-bosphorus-digest-russia-ukraine-istanbul-talks.txt").path)).articles
    try #require(a.count == 1 && b.count == 1)
    var detector = DuplicateDetector()
    #expect(detector.original(of: a[0]) == nil)
    #expect(detector.original(of: b[0]) == a[0].path)
  }
}

@Suite("Duplicates: order, names and many shared phrases")
struct DuplicateOrderTests {
  func candidate(_ path: String, _ paragraphs: [String], date: CivilDate?) -> DuplicateDetector.Candidate {
    let article = Article(path: path, title: nil, date: date, paragraphs: paragraphs)
    return .init(path: path, date: date, fingerprint: .init(of: article))
  }

  static let body = (1...40).map { "Paragraph \($0) tells how envoy \($0 % 4) met minister \($0 % 6) in port \($0 % 5)." }

  @Test("the earliest copy is kept, whatever the order and the file names")
  func earliestWins() {
    let early = CivilDate(year: 2024, month: 3, day: 1)
    let late = CivilDate(year: 2024, month: 3, day: 9)
    var edited = Self.body
    edited[3] = "One paragraph differs in this copy of the article, and only this one does."
    let items: [(String, [String], CivilDate?)] = [
      ("z.txt", Self.body, late), ("a.txt", edited, early), ("m.txt", Self.body, nil),
      ("b.txt", ["Something else entirely, reported on another day by someone else."], late),
    ]
    var kept: Set<[String]> = []
    for permutation in [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]] {
      for names in [["1", "2", "3", "4"], ["d", "c", "b", "a"]] {
        let candidates = permutation.enumerated().map { position, i in
          candidate(names[position], items[i].1, date: items[i].2)
        }
        let copies = DuplicateDetector.copies(among: candidates)
        let originals = candidates.indices.filter { copies[$0] == nil }
        #expect(originals.count == 2)
        // The kept article of the three copies is the earliest (the edited one).
        let keptContents = originals.map { index in items[permutation[index]].1 }
        kept.insert(keptContents.sorted { $0.count < $1.count }.flatMap { $0 })
        for (copy, original) in copies { #expect(items[permutation[original]].2 == early, "\(copy)") }
      }
    }
    #expect(kept.count == 1)
  }

  @Test("20,000 one-line articles from one template: linear, and none is a copy")
  func template() {
    var detector = DuplicateDetector()
    let clock = ContinuousClock()
    let started = clock.now
    var copies = 0
    for i in 0..<20_000 {
      let text = "The minister of state \(i) met the envoy of the northern region on day \(i % 28) to discuss item \(i * 7)."
      if detector.original(of: Article(path: "\(i)", paragraphs: [text])) != nil { copies += 1 }
    }
    #expect(clock.now - started < .seconds(60))
    #expect(copies == 0)
    // A real copy is still found among them.
    let copy = "The minister of state 12345 met the envoy of the northern region on day 25 to discuss item 86415."
    #expect(detector.original(of: Article(path: "copy", paragraphs: [copy])) == "12345")
  }
}
