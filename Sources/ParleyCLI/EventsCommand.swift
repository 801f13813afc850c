import ArgumentParser
import Foundation
import ParleyExport
import ParleyGraph
import ParleyIngest

/// `parley events`: the merged events of articles, as a table or JSON Lines.
struct EventsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "events",
    abstract: "Print the events merged from articles, sorted by date.",
    discussion: """
      Reads the articles as `parley build` does, merges the mentions into events
      (one per real event, across sentences and articles) and prints them sorted
      by date: a table on a terminal, JSON Lines (the events.jsonl schema) when
      stdout is a pipe or a file or with --json. The view options choose which
      events and at what level, as for `parley build`; what a view cut is said on
      stderr.

      Table columns: date (a day, or the week, month or year the text gave; "~"
      marks a date taken from the article's), type/mode, status, the two sides
      ("<->" when mutual), how many articles and outlets report it, and the id.

      Examples:
        parley events Samples
        parley events corpus/ --level country --from 2025-04-01 --to 2025-04-30
        parley events corpus/ --actor Lavrov --status occurred --json | jq .id
      """
  )

  @OptionGroup var input: InputOptions

  @OptionGroup(title: "View") var viewOptions: ViewOptions

  @OptionGroup(title: "Listing") var listing: ListingOptions

  func run() async throws {
    let (graph, failed) = try await GraphQuery.graph(input: input, view: viewOptions)
    let text = listing.asTable ? EventTable.render(graph) : try JSONLines.encode(graph.events)
    FileHandle.standardOutput.write(Data(text.utf8))
    if failed { throw ExitCode(1) }
  }
}

/// A plain-text table of events, every cell escaped for the terminal.
enum EventTable {
  static func render(_ graph: EventGraph) -> String {
    let header = ["DATE", "TYPE", "STATUS", "SOURCE", "TARGET", "ARTICLES", "OUTLETS", "ID"]
    let rows = graph.events.map { e -> [String] in
      let date = e.dateText.map { e.datePrecision == "article" ? "~" + $0 : $0 } ?? "-"
      return [
        date, e.type.rawValue + (e.mode.map { "/\($0)" } ?? ""), e.status.rawValue,
        name(e.source, in: graph), (e.reciprocal ? "<-> " : "-> ") + name(e.target, in: graph),
        String(e.articles.count), String(e.outlets.count), e.id,
      ]
    }
    return TextTable.render(header: header, rows: rows)
  }

  private static func name(_ id: String, in graph: EventGraph) -> String {
    graph.actor(id)?.actor.name ?? id
  }
}

/// Columns padded to their widest cell; cells escaped for the terminal, tabs and line
/// breaks shown as spaces.
enum TextTable {
  static func render(header: [String], rows: [[String]]) -> String {
    let all = ([header] + rows).map { $0.map(clean) }
    let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
    return all.map { row in
      row.enumerated().map { c, cell in
        c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  private static func clean(_ cell: String) -> String {
    cell.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
      .replacingOccurrences(of: "\r", with: " ").terminalEscaped
  }
}

/// Reading articles into a viewed graph, for the commands that print one.
enum GraphQuery {
  /// The graph of `input`'s articles under `view`, and whether something was skipped
  /// (diagnostics, the view's warnings and cut summary are on stderr unless quiet).
  static func graph(input: InputOptions, view: ViewOptions) async throws -> (EventGraph, failed: Bool) {
    let (pipeline, rowsSkipped) = try input.pipeline()
    let result = await pipeline.run(input.paths)
    input.report(result)
    let viewed = try view.view().apply(to: EventGraph(mentions: result.mentions))
    if !input.quiet {
      for warning in viewed.warnings { BuildCommand.note(warning.terminalEscaped) }
      if viewed.summary.isCut { BuildCommand.note(viewed.summary.description) }
    }
    return (viewed.graph, !result.skipped.isEmpty || rowsSkipped || result.articles == 0)
  }
}
