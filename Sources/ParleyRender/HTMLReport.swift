import ParleyExtract
import ParleyGraph
import ParleyIngest

/// `report.html`: one self-contained page (no network, no external files) with both
/// pictures inline, a summary of the run, a sortable and filterable table of the events
/// with their evidence, and a section for each of the most active actors.
///
/// Everything that comes from articles is escaped for HTML text and attributes; the SVGs
/// are checked to hold nothing but drawing elements before they are inlined (see
/// ``SVGMarkup/inline(_:)``). The page's own script sorts and filters the table and runs a
/// self-test when the address ends in `#selftest`.
public struct HTMLReport: Sendable {
  /// What the run read, for the summary.
  public struct Run: Sendable {
    /// Articles read (copies counted once).
    public var articlesRead: Int
    /// Articles left out as copies of another.
    public var duplicateCopies: Int
    /// Files that yielded no article, with why.
    public var skipped: [IngestDiagnostic]
    /// Files inside folders left out as plainly not articles.
    public var nonArticleFiles: Int

    /// Creates the facts of a run.
    public init(articlesRead: Int, duplicateCopies: Int = 0, skipped: [IngestDiagnostic] = [], nonArticleFiles: Int = 0) {
      self.articlesRead = articlesRead
      self.duplicateCopies = duplicateCopies
      self.skipped = skipped
      self.nonArticleFiles = nonArticleFiles
    }
  }

  /// The graph reported on.
  public var graph: EventGraph
  /// What the run read.
  public var run: Run
  /// The network drawn (its caption says what it cut).
  public var network: NetworkDiagram
  /// The timeline drawn.
  public var timeline: TimelineDiagram
  /// How many actors get a section of their own.
  public var actorSections: Int
  /// At most this many evidence sentences per event in the table.
  public static let evidencePerEvent = 4
  /// At most this many outlet names per event in the table (all of them in its tooltip).
  public static let outletsPerEvent = 5

  /// Creates a report of `graph` with the two diagrams as drawn.
  public init(graph: EventGraph, run: Run, network: NetworkDiagram, timeline: TimelineDiagram, actorSections: Int = 10) {
    self.graph = graph
    self.run = run
    self.network = network
    self.timeline = timeline
    self.actorSections = actorSections
  }

  /// The page, given the two diagrams' SVG text (as ``NetworkDiagram/svg()`` and
  /// ``TimelineDiagram/svg()`` return it). Deterministic for a given input.
  public func html(networkSVG: String, timelineSVG: String) -> String {
    let networkCaption = network.caption
    let timelineCaption = timeline.caption
    var page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="Parley">
      <title>Parley report</title>
      <style>\(HTMLReportAssets.css)</style>
      </head>
      <body>
      <header>
      <h1>Parley report</h1>
      <nav><a href="#summary">Summary</a> <a href="#network">Network</a> <a href="#timeline">Timeline</a> <a href="#events">Events</a> <a href="#actors">Actors</a></nav>
      </header>
      <main>

      """
    page += summarySection(networkCaption: networkCaption, timelineCaption: timelineCaption)
    page += figure(id: "network", heading: "Who interacted with whom", svg: networkSVG, caption: networkCaption)
    page += figure(id: "timeline", heading: "Events over time", svg: timelineSVG, caption: timelineCaption)
    page += eventsSection()
    page += actorsSection()
    page += "</main>\n<footer>Written by Parley from \(grouped(run.articlesRead)) article\(run.articlesRead == 1 ? "" : "s"). Hover a node, line or marker for its details.</footer>\n"
    page += "<script>\(HTMLReportAssets.script)</script>\n</body>\n</html>\n"
    return page
  }

  /// `text` escaped for HTML text and double-quoted attributes.
  static func h(_ text: String) -> String { XMLEscape.text(text) }

  func summarySection(networkCaption: String, timelineCaption: String) -> String {
    let dated = graph.events.compactMap(\.date).sorted()
    let range = dated.first.map { first in first == dated.last! ? first.description : "\(first) – \(dated.last!)" } ?? "no dated event"
    var statuses: [InteractionStatus: Int] = [:]
    for e in graph.events { statuses[e.status, default: 0] += 1 }
    let statusText = InteractionStatus.allCases.compactMap { s in statuses[s].map { "\(grouped($0)) \(s.rawValue)" } }.joined(separator: ", ")
    var rows: [(String, String)] = [
      ("Articles read", grouped(run.articlesRead) + (run.duplicateCopies > 0 ? " (\(grouped(run.duplicateCopies)) duplicate cop\(run.duplicateCopies == 1 ? "y" : "ies") counted once)" : "")),
      ("Files skipped", grouped(run.skipped.count) + (run.nonArticleFiles > 0 ? ", and \(grouped(run.nonArticleFiles)) non-article files left out" : "")),
      ("Interaction mentions", grouped(graph.mentions.count)),
      ("Events", grouped(graph.events.count) + (statusText.isEmpty ? "" : " (\(statusText))")),
      ("Undated events", grouped(graph.events.count - dated.count)),
      ("Actors", grouped(graph.actors.count)),
      ("Pairs of actors", grouped(graph.edges.filter { $0.source != $0.target }.count)),
      ("Dates", range),
    ]
    rows = rows.map { ($0.0, Self.h($0.1)) }
    var out = "<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"facts\">\n"
    for (term, value) in rows { out += "<dt>\(Self.h(term))</dt><dd>\(value)</dd>\n" }
    out += "</dl>\n<h3>What the pictures show</h3>\n<ul class=\"cuts\">\n"
    out += "<li><b>Network:</b> \(Self.h(networkCaption))</li>\n"
    out += "<li><b>Timeline:</b> \(Self.h(timelineCaption))</li>\n"
    out += "<li><b>Table:</b> every event, \(grouped(graph.events.count)) in all.</li>\n</ul>\n"
    if !run.skipped.isEmpty {
      let shown = run.skipped.prefix(200)
      out += "<details class=\"skipped\"><summary>\(grouped(run.skipped.count)) skipped file\(run.skipped.count == 1 ? "" : "s")</summary>\n<ul>\n"
      for d in shown { out += "<li><code>\(Self.h(d.path))</code>: \(Self.h(d.message))</li>\n" }
      if run.skipped.count > shown.count { out += "<li>… \(grouped(run.skipped.count - shown.count)) more</li>\n" }
      out += "</ul></details>\n"
    }
    return out + "</section>\n"
  }

  func figure(id: String, heading: String, svg: String, caption: String) -> String {
    var out = "<section id=\"\(id)\">\n<h2>\(Self.h(heading))</h2>\n<figure class=\"picture\">\n"
    if let inline = SVGMarkup.inline(svg) {
      out += "<div class=\"scroll\">\n" + inline + "\n</div>\n"
    } else {
      out += "<p class=\"warning\">The picture could not be embedded safely; open \(id).svg beside this file.</p>\n"
    }
    return out + "<figcaption>\(Self.h(caption))</figcaption>\n</figure>\n</section>\n"
  }
}
