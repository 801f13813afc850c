import Foundation
import Testing

@testable import ParleyIngest

@Suite("Shared news corpus", .enabled(if: SharedCorpus.news != nil, "../shared is absent"))
struct CorpusTests {
  let ingestor = Ingestor()

  func single(_ path: String) -> Article? {
    let (articles, _) = ingestor.read(InputFile(path: path))
    return articles.count == 1 ? articles[0] : nil
  }

  @Test("every noisy variant ingests to its original's title and paragraphs")
  func noisyVariantsMatchOriginals() throws {
    let news = try #require(SharedCorpus.news)
    let manifest = SharedCorpus.noisyManifest()
    #expect(manifest.count == 61)
    var identical = 0
    for (noisy, original) in manifest {
      let n = try #require(single(news + "/noisy/" + noisy), "\(noisy)")
      let o = try #require(single(news + "/" + original), "\(original)")
      if n.title == o.title && n.paragraphs == o.paragraphs && n.date == o.date {
        identical += 1
      } else {
        Issue.record("\(noisy): title \(n.title ?? "nil") vs \(o.title ?? "nil"); \(n.paragraphs.count) vs \(o.paragraphs.count) paragraphs; first difference: \(zip(n.paragraphs, o.paragraphs).first(where: { $0 != $1 }).map { "\($0.0.prefix(80)) | \($0.1.prefix(80))" } ?? "count")")
      }
    }
    print("noisy variants identical to their originals: \(identical)/\(manifest.count)")
    #expect(identical == manifest.count)
  }

  @Test("clean sets lose no real paragraphs", arguments: ["basil", "allsides", "kremlinua"])
  func cleanSetKeepsParagraphs(set: String) throws {
    let news = try #require(SharedCorpus.news)
    let (files, diagnostics) = ingestor.inputFiles(for: [news + "/" + set])
    #expect(diagnostics.isEmpty)
    var articles = 0
    var repeats = 0
    var removed: [String] = []
    var inlineCleaned = 0
    var cards = 0
    for file in files where file.path.hasSuffix(".txt") {
      let text = try String(contentsOfFile: file.path, encoding: .utf8)
      let lines = text.split(separator: "\n").map { TextNormalization.singleLine(String($0)) }
      let article = try #require(single(file.path), "\(file.path)")
      articles += 1
      #expect(article.title == lines[1], "\(file.path)")
      #expect(article.status == 200)
      #expect(article.dateSource == .header)
      // Every kept paragraph is its body line, or the line's end once a dateline is cut off,
      // or the line without the noise inside it (share buttons, photo credits, hover cards).
      var remaining = article.paragraphs[...]
      var seen: Set<String> = [TextKeys.comparisonKey(lines[1])]
      for line in lines.dropFirst(2) {
        let key = TextKeys.comparisonKey(line)
        if let next = remaining.first, line.hasSuffix(next) {
          remaining.removeFirst()
        } else if let next = remaining.first, InlineNoise.clean(line).hasSuffix(next) {
          remaining.removeFirst()
          inlineCleaned += 1
        } else if seen.contains(key) {
          repeats += 1
        } else if Boilerplate.isGalleryOrVideoCard(line) {
          cards += 1
        } else {
          removed.append("\(file.path.split(separator: "/").last ?? ""): \(line.prefix(110))")
        }
        seen.insert(key)
      }
      #expect(remaining.isEmpty, "\(file.path): paragraphs not found in the source")
    }
    print("\(set): \(articles) articles, \(repeats) repeated body lines dropped, \(removed.count) boilerplate lines removed, \(inlineCleaned) lines cleaned of inline noise, \(cards) photo galleries and video cards dropped")
    for line in removed { print("  removed \(line)") }
    // Every removal listed above is a caption, photo credit, byline, copyright line,
    // separator, newsletter promo or "related" trailer; keep them rare.
    #expect(removed.count <= articles / 8)
  }

  @Test("clean headlines are never taken for preamble noise")
  func headlinesAreNotNoise() throws {
    let news = try #require(SharedCorpus.news)
    var flagged: [String] = []
    for set in ["basil", "allsides", "kremlinua"] {
      let (files, _) = ingestor.inputFiles(for: [news + "/" + set])
      for file in files where file.path.hasSuffix(".txt") {
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        let lines = text.split(separator: "\n")
        if lines.count > 1, Boilerplate.isPreambleNoise(String(lines[1])) {
          flagged.append(String(lines[1]))
        }
      }
    }
    #expect(flagged.isEmpty, "\(flagged)")
  }
}
