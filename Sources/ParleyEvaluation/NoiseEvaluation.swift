import Foundation
import ParleyExtract
import ParleyIngest

/// Checks that scraper noise changes nothing: each noisy variant must yield
/// exactly the mentions of its original.
public enum NoiseEvaluation {
  public struct Result: Sendable, Codable, Equatable {
    public var variants = 0
    public var identical = 0
    public var share: Double { variants == 0 ? 0 : Double(identical) / Double(variants) }
  }

  /// Runs over `noisy/MANIFEST.tsv` in the news corpus folder `newsDirectory`.
  /// - Throws: When the manifest cannot be read.
  public static func evaluate(
    newsDirectory: String, extractor: Extractor = Extractor(), failures: Int = 0,
    report: (String) -> Void = { _ in }
  ) throws -> Result {
    let manifest = try String(
      contentsOfFile: newsDirectory + "/noisy/MANIFEST.tsv", encoding: .utf8)
    let ingestor = Ingestor()
    var result = Result()
    var shown = 0
    for line in manifest.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 2 else { continue }
      let noisy = newsDirectory + "/noisy/" + fields[0]
      let original = newsDirectory + "/" + fields[1]
      let a = signature(ingestor.read(InputFile(path: noisy)).articles, extractor)
      let b = signature(ingestor.read(InputFile(path: original)).articles, extractor)
      result.variants += 1
      if a == b {
        result.identical += 1
      } else if shown < failures {
        shown += 1
        let extra = a.subtracting(b).sorted().prefix(3).joined(separator: "\n      ")
        let missing = b.subtracting(a).sorted().prefix(3).joined(separator: "\n      ")
        report("\(fields[0]) vs \(fields[1]):\n    only noisy: \(extra)\n    only original: \(missing)")
      }
    }
    return result
  }

  private static func signature(_ articles: [Article], _ extractor: Extractor) -> Set<String> {
    var out = Set<String>()
    for article in articles {
      for m in extractor.mentions(in: article) {
        out.insert(
          [m.source.id, m.target.id, m.type.rawValue, m.status.rawValue, m.date?.description ?? "-", m.evidence]
            .joined(separator: " | "))
      }
    }
    return out
  }
}
