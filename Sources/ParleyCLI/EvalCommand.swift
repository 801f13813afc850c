import ArgumentParser
import Foundation
import ParleyEvaluation
import ParleyExtract

/// `parley eval`: accuracy against the peer suites and corpora.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure accuracy on the peer suites: interactions, actors, time and noise.",
    discussion: """
      Reads the evaluation data in a shared folder (default: ../shared, beside the
      package):
        peers/plover_gsr_cameo.jsonl      PLOVER GSR: dyad F1 and dyad+type F1
        peers/petr2_gsr_validation.jsonl  PETRARCH-2 validation: dyad F1 (country level)
        peers/ngec_actor_tests.jsonl      NGEC actor cases: country and sector accuracy
        corpora/timeml/*.jsonl            TempEval-3 style span and value F1
        corpora/news/noisy/               noisy variants that must match their originals
        gold/articles-dev.jsonl           whole real articles: pair F1 and pair+date F1
        corpora/news/basil/clusters.tsv   BASIL: clusters whose articles share an event

      Examples:
        parley eval
        parley eval --failures 10 --suite plover
        parley eval --json > scores.json
        parley eval --suite articles --gold my-articles.jsonl --failures 20
      """
  )

  enum Suite: String, ExpressibleByArgument, CaseIterable {
    case articles, plover, petrarch, actors, time, noise, basil
  }

  @Option(help: "The folder holding peers/ and corpora/.")
  var shared: String = "../shared"

  @Option(help: "Run only these suites (repeatable): articles, plover, petrarch, actors, time, noise, basil.")
  var suite: [Suite] = []

  @Option(
    help: ArgumentHelp(
      "Score the articles suite against this gold file (same format as gold/articles-dev.jsonl).",
      discussion: "Lets you measure on articles you annotated yourself, by gold/GUIDELINES.md.",
      valueName: "file"))
  var gold: String?

  @Option(help: "Print the first N misses of each suite.")
  var failures: Int = 0

  @Flag(help: "Print the scores as one JSON object.")
  var json = false

  func validate() throws {
    guard FileManager.default.fileExists(atPath: shared + "/peers") else {
      throw ValidationError("No evaluation data at \(shared)/peers: pass --shared PATH.")
    }
    if let gold, !FileManager.default.isReadableFile(atPath: gold) {
      throw ValidationError("Cannot read the gold file \(gold).")
    }
    guard failures >= 0 else { throw ValidationError("--failures must not be negative.") }
  }

  func run() throws {
    let wanted = Set(suite.isEmpty ? Suite.allCases : suite)
    let extractor = Extractor()
    var rows: [(String, String, String)] = []
    var scores: [String: Double] = [:]
    let report: (String) -> Void = { line in
      if !json { FileHandle.standardError.write(Data(("  miss " + line + "\n").utf8)) }
    }
    func pct(_ x: Double) -> String { String(format: "%.1f", x * 100) }
    let articleGold = gold ?? shared + "/gold/articles-dev.jsonl"
    if wanted.contains(.articles), FileManager.default.fileExists(atPath: articleGold) {
      let r = try ArticleEvaluation.evaluate(
        goldAt: articleGold, newsDirectory: shared + "/corpora/news",
        extractor: extractor, failures: failures, report: report)
      rows.append(("articles", "article gold pair F1 (P/R)", "\(pct(r.pair.f1)) (\(pct(r.pair.precision))/\(pct(r.pair.recall)))"))
      rows.append(("articles", "article gold pair+date F1 (P/R)", "\(pct(r.dated.f1)) (\(pct(r.dated.precision))/\(pct(r.dated.recall)))"))
      scores["articles.pair.f1"] = r.pair.f1
      scores["articles.pair.precision"] = r.pair.precision
      scores["articles.pair.recall"] = r.pair.recall
      scores["articles.dated.f1"] = r.dated.f1
    }
    if wanted.contains(.plover) {
      let r = try EventEvaluation.ploverGSR(
        fileAt: shared + "/peers/plover_gsr_cameo.jsonl", extractor: extractor, failures: failures,
        report: report)
      rows.append(("interactions", "PLOVER GSR dyad F1 (P/R)", "\(pct(r.dyad.f1)) (\(pct(r.dyad.precision))/\(pct(r.dyad.recall)))"))
      rows.append(("interactions", "PLOVER GSR dyad+type F1 (P/R)", "\(pct(r.typed.f1)) (\(pct(r.typed.precision))/\(pct(r.typed.recall)))"))
      scores["plover.dyad.f1"] = r.dyad.f1
      scores["plover.typed.f1"] = r.typed.f1
    }
    if wanted.contains(.petrarch) {
      let r = try EventEvaluation.petrarch(
        fileAt: shared + "/peers/petr2_gsr_validation.jsonl", extractor: extractor,
        failures: failures, report: report)
      rows.append(("interactions", "PETRARCH-2 validation dyad F1 (P/R)", "\(pct(r.dyad.f1)) (\(pct(r.dyad.precision))/\(pct(r.dyad.recall)))"))
      rows.append(("interactions", "PETRARCH-2 validation dyad+type F1", pct(r.typed.f1)))
      scores["petrarch.dyad.f1"] = r.dyad.f1
      scores["petrarch.typed.f1"] = r.typed.f1
    }
    if wanted.contains(.actors) {
      let r = try ActorEvaluation.ngec(
        fileAt: shared + "/peers/ngec_actor_tests.jsonl", failures: failures, report: report)
      rows.append(("actors", "NGEC country accuracy", "\(pct(r.countryAccuracy)) (\(r.countryCorrect)/\(r.countryCases))"))
      rows.append(("actors", "NGEC sector accuracy", "\(pct(r.sectorAccuracy)) (\(r.sectorCorrect)/\(r.sectorCases))"))
      scores["ngec.country"] = r.countryAccuracy
      scores["ngec.sector"] = r.sectorAccuracy
      let p = try ActorEvaluation.ploverActors(
        fileAt: shared + "/peers/plover_gsr_cameo.jsonl", failures: failures, report: report)
      rows.append(("actors", "PLOVER GSR actor country accuracy", "\(pct(p.countryAccuracy)) (\(p.countryCorrect)/\(p.countryCases))"))
      scores["plover.actors.country"] = p.countryAccuracy
    }
    if wanted.contains(.time) {
      for set in ["te3-platinum", "timebank", "aquaint", "meantime-en"] {
        let path = shared + "/corpora/timeml/\(set).jsonl"
        guard FileManager.default.fileExists(atPath: path) else { continue }
        let s = try TimeEvaluation.evaluate(fileAt: path, failures: failures, reportFailure: report)
        rows.append(("time", "\(set) strict / relaxed span F1", "\(pct(s.strictF1)) / \(pct(s.relaxedF1))"))
        rows.append(("time", "\(set) value F1", pct(s.valueF1)))
        scores["time.\(set).strict"] = s.strictF1
        scores["time.\(set).relaxed"] = s.relaxedF1
        scores["time.\(set).value"] = s.valueF1
      }
    }
    if wanted.contains(.noise) {
      let r = try NoiseEvaluation.evaluate(
        newsDirectory: shared + "/corpora/news", extractor: extractor, failures: failures,
        report: report)
      rows.append(("noise", "noisy variants identical to originals", "\(r.identical)/\(r.variants)"))
      scores["noise.identical"] = r.share
    }
    if wanted.contains(.basil), FileManager.default.fileExists(atPath: shared + "/corpora/news/basil/clusters.tsv") {
      let r = try ClusterEvaluation.evaluate(
        directory: shared + "/corpora/news/basil", extractor: extractor, failures: failures, report: report)
      rows.append(("merging", "BASIL clusters sharing an occurred event", "\(r.shared)/\(r.clusters) (any status \(r.sharedAnyStatus))"))
      rows.append(("merging", "BASIL multi-article events spanning clusters", "\(r.spanning) of \(r.multiArticleEvents)"))
      scores["basil.shared"] = r.sharedShare
      scores["basil.sharedClusters"] = Double(r.shared)
      scores["basil.spanning"] = Double(r.spanning)
    }
    if json {
      let data = try JSONSerialization.data(withJSONObject: scores, options: [.sortedKeys])
      FileHandle.standardOutput.write(data + Data("\n".utf8))
      return
    }
    let width = rows.map { $0.1.count }.max() ?? 0
    var out = ""
    for (area, name, value) in rows {
      out += area.padding(toLength: 13, withPad: " ", startingAt: 0)
        + name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + value + "\n"
    }
    FileHandle.standardOutput.write(Data(out.utf8))
  }
}
