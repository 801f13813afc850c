import ArgumentParser
import Foundation
import ParleyExport
import ParleyExtract
import ParleyGraph
import ParleyIngest
import ParleyRender
import ParleyStore

/// `parley export`: the data files, pictures and report of a store's graph, without
/// reading any article.
struct ExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the data files, pictures and report of the graph kept in a store (see parley build --store).",
    discussion: """
      Merges the mentions kept in the store (those of the articles that are not
      copies) into the graph, applies the view options, and writes, by --format:
        csv       events.csv, mentions.csv, actors.csv
        graphml   graph.graphml
        gexf      graph.gexf
        json      graph.json (node-link)
        jsonl     events.jsonl, mentions.jsonl, actors.jsonl
        dot       network.dot, timeline.dot
        svg       network.svg, timeline.svg
        png, pdf  network.png, timeline.png / network.pdf, timeline.pdf
        report    report.html (both pictures inline, the table of events, the actors)
        all       all of the above
      The default is the data files (csv,graphml,gexf,json,jsonl). The files are
      byte for byte those `parley build` writes with the same view options over the
      articles the store holds; in report.html the summary counts what the store
      holds (articles, copies, files that gave no article), not the non-article
      files a folder walk left out. The output folder is replaced as one unit, as by
      build: Parley's files in it that this export does not write (the pictures of a
      build there, say) are removed, your own files are kept. The store is only
      read.

      Exit status: 0 on success, 2 on usage errors (also: the store is missing, not
      an SQLite database, not a Parley store, damaged, or written by a newer
      Parley), 3 when the output could not be written.

      Examples:
        parley export --store news.sqlite -o exports
        parley export --store news.sqlite --format graphml,gexf --level country -o gephi
        parley export --store news.sqlite --format svg,report --actor Lavrov -o lavrov
      """
  )

  /// The data formats and the files each one writes.
  static let formats: [(name: String, files: [String])] = [
    ("csv", ["mentions.csv", "events.csv", "actors.csv"]),
    ("graphml", ["graph.graphml"]),
    ("gexf", ["graph.gexf"]),
    ("json", ["graph.json"]),
    ("jsonl", ["mentions.jsonl", "events.jsonl", "actors.jsonl"]),
    ("dot", BuildOutputs.dotFiles),
    ("svg", BuildOutputs.pictureFiles(.svg)),
    ("png", BuildOutputs.pictureFiles(.png)),
    ("pdf", BuildOutputs.pictureFiles(.pdf)),
    ("report", [BuildOutputs.reportFile]),
  ]

  @Option(help: ArgumentHelp("The store written by parley build --store.", valueName: "file"))
  var store: String

  @Option(help: "What to write, comma-separated: csv, graphml, gexf, json, jsonl, dot, svg, png, pdf, report, or all.")
  var format: String = "csv,graphml,gexf,json,jsonl"

  @Option(name: .shortAndLong, help: "The folder to write into (created when missing); Parley's files in it are replaced.")
  var output: String

  @Flag(name: .shortAndLong, help: "Print no notes on stderr.")
  var quiet = false

  @OptionGroup(title: "View (applies to every file)") var viewOptions: ViewOptions

  func validate() throws { _ = try files() }

  /// The names of the files the formats ask for.
  func files() throws -> Set<String> {
    var names: Set<String> = []
    for word in format.split(separator: ",", omittingEmptySubsequences: false) {
      let name = word.trimmingCharacters(in: .whitespaces).lowercased()
      if name == "all" {
        for f in Self.formats { names.formUnion(f.files) }
        continue
      }
      guard let known = Self.formats.first(where: { $0.name == name }) else {
        throw ValidationError(
          "--format takes csv, graphml, gexf, json, jsonl, dot, svg, png, pdf, report and all, comma-separated (got \(format.terminalEscaped)).")
      }
      names.formUnion(known.files)
    }
    return names
  }

  func run() async throws {
    let names = try files()
    let mentions: [Mention]
    let reading: (articles: Int, copies: Int, skipped: [IngestDiagnostic])
    do {
      let opened = try Store(readingFrom: store)
      mentions = try opened.originalMentions()
      reading = try opened.readingSummary()
    } catch {
      BuildCommand.note("parley: " + "\(error)".terminalEscaped)
      throw ExitCode(2)
    }
    let folder = try BuildCommand.openOutputFolder(output)
    defer { folder.discard() }
    let viewed = try viewOptions.view().apply(to: EventGraph(mentions: mentions))
    if !quiet {
      for warning in viewed.warnings { BuildCommand.note(warning.terminalEscaped) }
      if viewed.summary.isCut { BuildCommand.note(viewed.summary.description) }
    }
    do {
      let run = HTMLReport.Run(articlesRead: reading.articles, duplicateCopies: reading.copies, skipped: reading.skipped)
      try BuildOutputs.write(
        viewed.graph, into: folder, run: run, viewNote: viewed.summary.pictureNote, lanes: viewed.namedActors,
        only: names)
      try folder.commit()
    } catch {
      throw BuildCommand.outputFailure(error)
    }
    if !quiet {
      BuildCommand.note(
        "\(viewed.graph.events.count) events between \(viewed.graph.actors.count) actors written to \(output.terminalEscaped)/")
    }
  }
}
