import ArgumentParser
import Foundation

/// The `parley` command: news articles in, a dated who-did-what-to-whom graph out.
public struct ParleyCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "parley",
    abstract: "Turn news articles into a dated who-did-what-to-whom graph, drawn with Graphviz.",
    discussion: """
      Parley reads articles (seed-style text scrapes, plain text, HTML, JSON, JSON
      Lines, Markdown), finds who interacted with whom and when (PLOVER event types,
      dated from the text), merges the same event across articles, and writes SVG
      diagrams and JSON Lines.

      Examples:
        parley build Samples -o Output
        parley build news/ -o Output --store news.sqlite
        parley export --store news.sqlite --format csv,graphml -o exports
        parley extract article.txt --format table
        parley events Samples --level country
        parley actors Samples
        parley extract shard1/ > a.jsonl; parley merge a.jsonl b.jsonl -o Output
        parley time --date 2025-04-28 article.txt
      """,
    version: ParleyCommand.version,
    subcommands: [
      BuildCommand.self, ExtractCommand.self, EventsCommand.self, ActorsCommand.self, MergeCommand.self,
      ExportCommand.self, TimeCommand.self, EvalCommand.self, BenchCommand.self,
    ]
  )

  /// The version `parley --version` prints.
  public static let version = "0.1.0"

  public init() {}

  /// Runs the command line, mapping usage errors to exit status 2.
  public static func run(arguments: [String]? = nil) async -> Int32 {
    do {
      var command = try parseAsRoot(arguments)
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      return 0
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        stream.write(Data((message + "\n").utf8))
      }
      if code == .validationFailure { return 2 }
      return code.rawValue
    }
  }
}
