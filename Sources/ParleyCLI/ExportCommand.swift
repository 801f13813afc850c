import ArgumentParser
import Foundation
import ParleyExport
import ParleyExtract
import ParleyGraph
import ParleyIngest
import ParleyStore

/// `parley export`: the data files of a store's graph, without reading any article.
struct ExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the data files of the graph kept in a store (see parley build --store).",
    discussion: """
      Merges the mentions kept in the store (those of the articles that are not copies)
      into the graph, applies the view options, and writes, by --format:
        csv       events.csv, mentions.csv, actors.csv
        graphml   graph.graphml
        gexf      graph.gexf
        json      graph.json (node-link)
        jsonl     events.jsonl, mentions.jsonl, actors.jsonl
      The files are byte for byte those `parley build` writes with the same view options
      over the articles the store holds. The output folder is replaced as one unit, as
      by build: Parley's files in it that this export does not write (the pictures of a
      build there, say) are removed, your own files are kept. The store is only read.

      Exit status: 0 on success, 2 on usage errors (also: the store is missing, not an
      SQLite database, not a Parley store, damaged, or written by a newer Parley), 3 when
      the output could not be written.

      Examples:
        parley export --store news.sqlite -o exports
        parley export --store news.sqlite --format graphml,gexf --level country -o gephi
      """
  )

  /// The data formats and the files each one writes.
  static let formats: [(name: String, files: [String])] = [
    ("csv", ["mentions.csv", "events.csv", "actors.csv"]),
    ("graphml", ["graph.graphml"]),
    ("gexf", ["graph.gexf"]),
    ("json", ["graph.json"]),
    ("jsonl", ["mentions.jsonl", "events.jsonl", "actors.jsonl"]),
  ]

  @Option(help: ArgumentHelp("The store written by parley build --store.", valueName: "file"))
  var store: String

  @Option(help: "Data formats to write, comma-separated: csv, graphml, gexf, json, jsonl.")
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
      guard let known = Self.formats.first(where: { $0.name == name }) else {
        throw ValidationError("--format takes csv, graphml, gexf, json and jsonl, comma-separated (got \(format.terminalEscaped)).")
      }
      names.formUnion(known.files)
    }
    return names
  }

  func run() async throws {
    let names = try files()
    let mentions: [Mention]
    do {
      mentions = try Store(readingFrom: store).originalMentions()
    } catch {
      BuildCommand.note("parley: " + "\(error)".terminalEscaped)
      throw ExitCode(2)
    }
    let folder: OutputFolder
    do {
      folder = try OutputFolder(path: output)
    } catch {
      throw BuildCommand.outputFailure(error)
    }
    defer { folder.discard() }
    let viewed = try viewOptions.view().apply(to: EventGraph(mentions: mentions))
    if !quiet {
      for warning in viewed.warnings { BuildCommand.note(warning.terminalEscaped) }
      if viewed.summary.isCut { BuildCommand.note(viewed.summary.description) }
    }
    do {
      try OutputWriter.dataFiles(of: viewed.graph) { name, produce in
        if names.contains(name) { try folder.write(named: name, streaming: produce) }
      }
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
