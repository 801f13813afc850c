import ArgumentParser
import Foundation
import ParleyExport
import ParleyGraph
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
        mentions.jsonl  one line per interaction mention, with its sentence
        events.jsonl    one line per event, merged across sentences and articles
        actors.jsonl    one line per canonical actor, with mention and event counts

      Exit status: 0 when every file was read, 1 when some input was skipped
      (each skipped file gets a one-line diagnostic on stderr), 2 on usage errors.

      Examples:
        parley build Samples -o Output
        parley build scrapes/ more/article.html -o /tmp/report --quiet
      """
  )

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "The folder to write into (created when missing).")
  var output: String = "Output"

  func run() async throws {
    let pipeline = Pipeline(ingestor: input.ingestor, progress: Progress(quiet: input.quiet))
    let result = await pipeline.run(input.paths)
    let graph = EventGraph(mentions: result.mentions)
    do {
      try BuildOutputs.write(graph, to: output)
    } catch {
      throw CLIError("could not write \(output): \(error.localizedDescription)")
    }
    input.report(result)
    if !input.quiet {
      FileHandle.standardError.write(
        Data("\(graph.events.count) events between \(graph.actors.count) actors written to \(output)/\n".utf8))
    }
    if !result.skipped.isEmpty { throw ExitCode(1) }
  }
}

/// A runtime failure with a readable message (exit status 1).
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
