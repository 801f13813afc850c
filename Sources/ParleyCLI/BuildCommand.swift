import ArgumentParser
import Foundation
import ParleyExport
import ParleyGraph
import ParleyIngest
import ParleyRender

/// `parley build`: articles in, diagrams and data files out.
struct BuildCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Read articles and write the network, the timeline and the data files.",
    discussion: """
      Writes into the output folder:
        network.svg     who interacted with whom (one line per pair of actors)
        timeline.svg    the dated events, day by day
        network.dot, timeline.dot   the Graphviz sources of both diagrams
        report.html     one self-contained page: both pictures, a summary, a sortable
                        and filterable table of the events with their evidence, and the
                        most active actors (no network access, no external files)
        network.png, network.pdf, timeline.png, timeline.pdf   with --format png,pdf
        mentions.jsonl  one line per interaction mention, with its sentence
        events.jsonl    one line per event, merged across sentences and articles
        actors.jsonl    one line per canonical actor, with mention and event counts

      The files are written into a temporary folder beside the output folder, which then
      replaces it as one unit; a lock file beside it keeps concurrent runs apart. Nothing is
      written when no article was read.

      Exit status: 0 when every file was read, 1 when some input was skipped
      (each skipped file gets a one-line diagnostic on stderr), 2 on usage errors,
      3 when the output could not be written.

      Examples:
        parley build Samples -o Output
        parley build scrapes/ more/article.html -o /tmp/report --quiet
      """
  )

  @OptionGroup var input: InputOptions

  @OptionGroup(title: "View (applies to every output)") var viewOptions: ViewOptions

  @Option(name: .shortAndLong, help: "The folder to write into (created when missing).")
  var output: String = "Output"

  @Option(
    name: .long,
    help: "Picture formats to write, comma-separated: svg, png, pdf (report.html always embeds the SVGs).")
  var format: String = "svg"

  func validate() throws {
    guard PictureFormat.list(format) != nil else {
      throw ValidationError("--format takes svg, png and pdf, comma-separated (got \(format.terminalEscaped)).")
    }
  }

  func run() async throws {
    // Checked before any input is read: a bad `-o` costs nothing.
    let folder: OutputFolder
    do {
      folder = try OutputFolder(path: output)
    } catch {
      throw Self.outputFailure(error)
    }
    defer { folder.discard() }
    let (pipeline, rowsSkipped) = try input.pipeline()
    let result = await pipeline.run(input.paths)
    guard result.articles > 0 else {
      input.report(result)
      Self.note("no article read: nothing written, \(output.terminalEscaped)/ left as it was")
      throw ExitCode(1)
    }
    let viewed = try viewOptions.view().apply(to: EventGraph(mentions: result.mentions))
    let graph = viewed.graph
    if !input.quiet {
      for warning in viewed.warnings { Self.note(warning.terminalEscaped) }
      if viewed.summary.isCut { Self.note(viewed.summary.description) }
    }
    do {
      let run = HTMLReport.Run(
        articlesRead: result.articles, duplicateCopies: result.copies, skipped: result.skipped,
        nonArticleFiles: result.nonArticles.values.reduce(0, +))
      try BuildOutputs.write(graph, into: folder, run: run, formats: PictureFormat.list(format) ?? [.svg],
        viewNote: viewed.summary.pictureNote)
      try folder.commit()
    } catch {
      input.report(result)
      throw Self.outputFailure(error)
    }
    input.report(result)
    if !input.quiet {
      Self.note("\(graph.events.count) events between \(graph.actors.count) actors written to \(output.terminalEscaped)/")
    }
    if !result.skipped.isEmpty || rowsSkipped { throw ExitCode(1) }
  }

  /// Prints why the output could not be written and gives exit status 3.
  static func outputFailure(_ error: Error) -> ExitCode {
    let message = (error as? OutputError)?.description ?? "could not write the output: \(error)"
    note("parley: " + message.terminalEscaped)
    return ExitCode(3)
  }

  static func note(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}

/// A runtime failure with a readable message (exit status 1).
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
