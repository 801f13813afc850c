import Foundation
import ParleyExtract
import ParleyGraph
import ParleyIngest

/// Scores merging across articles on a corpus of event clusters (BASIL: `clusters.tsv`,
/// one real event reported by three outlets per cluster).
///
/// Every article of the clusters is read and merged in one graph, as `parley build` would.
/// A cluster is *shared* when one occurred event has at least two of its articles among
/// its articles; a multi-article event *spans* clusters when its articles belong to two
/// clusters or more (two real events merged into one).
public enum ClusterEvaluation {
  /// Cluster counts.
  public struct Result: Sendable, Codable, Equatable {
    /// Clusters with at least two articles read.
    public var clusters = 0
    /// Clusters whose articles share at least one occurred event.
    public var shared = 0
    /// Clusters whose articles share an event of any status.
    public var sharedAnyStatus = 0
    /// Occurred events reported by two articles or more.
    public var multiArticleEvents = 0
    /// Multi-article events whose articles belong to two clusters or more.
    public var spanning = 0
    /// Articles read.
    public var articles = 0
    /// Merged events of every status.
    public var events = 0

    /// The share of shared clusters.
    public var sharedShare: Double { clusters == 0 ? 0 : Double(shared) / Double(clusters) }
  }

  /// One row of `clusters.tsv`.
  struct Row {
    var file: String
    var cluster: String
    var summary: String
  }

  /// Runs over `clusters.tsv` in `directory` (columns `file`, `cluster_id`, `event_date`,
  /// `event_summary`). With `failures` > 0, prints that many clusters that share no
  /// occurred event, with each article's events, and every spanning event.
  /// - Throws: When `clusters.tsv` cannot be read.
  public static func evaluate(
    directory: String, extractor: Extractor = Extractor(), failures: Int = 0,
    report: (String) -> Void = { _ in }
  ) throws -> Result {
    let rows = try readClusters(directory + "/clusters.tsv")
    let ingestor = Ingestor()
    var mentions: [Mention] = []
    var clusterOf: [String: String] = [:]
    var result = Result()
    for row in rows.sorted(by: { $0.file < $1.file }) {
      let path = directory + "/" + row.file
      for article in ingestor.read(InputFile(path: path)).articles {
        result.articles += 1
        clusterOf[article.path] = row.cluster
        mentions += extractor.mentions(in: article)
      }
    }
    let graph = EventGraph(mentions: mentions)
    result.events = graph.events.count
    let score = score(events: graph.events, clusterOf: clusterOf)
    result.clusters = score.clusters.count
    result.shared = score.shared.count
    result.sharedAnyStatus = score.sharedAnyStatus.count
    result.multiArticleEvents = score.multiArticle
    result.spanning = score.spanning.count
    guard failures > 0 else { return result }
    let summaries = Dictionary(rows.map { ($0.cluster, $0.summary) }, uniquingKeysWith: { a, _ in a })
    let files = Dictionary(grouping: clusterOf.keys.sorted(), by: { clusterOf[$0] ?? "" })
    let failing = score.clusters.sorted().filter { !score.shared.contains($0) }
    for cluster in failing.prefix(failures) {
      report(failureReport(cluster, summaries[cluster] ?? "", articles: files[cluster] ?? [], graph: graph))
    }
    for event in score.spanning.prefix(failures) {
      let clusters = Set(event.articles.compactMap { clusterOf[$0] }).sorted()
      report("event spans \(clusters.joined(separator: ", ")): \(line(event))\n      " + event.articles.joined(separator: ", "))
    }
    return result
  }

  /// The cluster counts of merged `events`, given each article's cluster.
  static func score(events: [Event], clusterOf: [String: String])
    -> (clusters: Set<String>, shared: Set<String>, sharedAnyStatus: Set<String>, multiArticle: Int, spanning: [Event])
  {
    var sizes: [String: Int] = [:]
    for cluster in clusterOf.values { sizes[cluster, default: 0] += 1 }
    let clusters = Set(sizes.filter { $0.value >= 2 }.keys)
    var shared = Set<String>()
    var sharedAny = Set<String>()
    var multi = 0
    var spanning: [Event] = []
    for event in events {
      var perCluster: [String: Int] = [:]
      for article in Set(event.articles) {
        if let c = clusterOf[article] { perCluster[c, default: 0] += 1 }
      }
      for (c, n) in perCluster where n >= 2 {
        sharedAny.insert(c)
        if event.status == .occurred { shared.insert(c) }
      }
      guard event.status == .occurred, Set(event.articles).count >= 2 else { continue }
      multi += 1
      if perCluster.count >= 2 { spanning.append(event) }
    }
    return (clusters, shared, sharedAny, multi, spanning)
  }

  /// A failing cluster: its summary and each article's events, one a line.
  private static func failureReport(_ cluster: String, _ summary: String, articles: [String], graph: EventGraph) -> String {
    var out = "\(cluster) (\(summary)):"
    for article in articles {
      let events = graph.events.filter { $0.articles.contains(article) }
      out += "\n    \((article as NSString).lastPathComponent): \(events.count) events"
      for event in events.prefix(12) { out += "\n      " + line(event) }
      if events.count > 12 { out += "\n      …" }
    }
    return out
  }

  /// One event in a line: type, mode, participants, date, status.
  static func line(_ e: Event) -> String {
    let arrow = e.reciprocal ? "<->" : "->"
    let date = e.date?.description ?? e.dateValue ?? "undated"
    return "\(e.type.rawValue)\(e.mode.map { "/" + $0 } ?? "") \(e.source) \(arrow) \(e.target) "
      + "\(date) (\(e.datePrecision ?? "-")) \(e.status.rawValue)"
  }

  private static func readClusters(_ path: String) throws -> [Row] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.split(whereSeparator: \.isNewline).map(String.init)
    guard let header = lines.first?.split(separator: "\t").map(String.init) else { return [] }
    lines.removeFirst()
    let file = header.firstIndex(of: "file") ?? 0
    let cluster = header.firstIndex(of: "cluster_id") ?? 1
    let summary = header.firstIndex(of: "event_summary")
    return lines.compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count > max(file, cluster) else { return nil }
      return Row(
        file: fields[file], cluster: fields[cluster],
        summary: summary.flatMap { $0 < fields.count ? fields[$0] : nil } ?? "")
    }
  }
}
