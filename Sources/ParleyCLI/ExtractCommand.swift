import ArgumentParser
import Foundation
import ParleyExport
import ParleyExtract

/// `parley extract`: the interaction mentions, as JSON Lines or a table.
struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print the interaction mentions found in articles.",
    discussion: """
      Prints one mention per line: JSON Lines (the mentions.jsonl schema) when
      stdout is a pipe or a file, a readable table on a terminal. Diagnostics go to
      stderr.

      Examples:
        parley extract Samples --format table
        parley extract article.txt | jq .type
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, table
  }

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: jsonl or table (default: table on a terminal, else jsonl).")
  var format: Format?

  func run() async throws {
    let (pipeline, rowsSkipped) = try input.pipeline()
    let result = await pipeline.run(input.paths)
    let chosen = format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .jsonl)
    let text: String
    switch chosen {
    case .jsonl: text = try JSONLines.encode(result.mentions)
    case .table: text = MentionTable.render(result.mentions)
    }
    FileHandle.standardOutput.write(Data(text.utf8))
    input.report(result)
    if !result.skipped.isEmpty || rowsSkipped { throw ExitCode(1) }
  }
}

/// A plain-text table of mentions for reading on a terminal.
enum MentionTable {
  static func render(_ mentions: [Mention]) -> String {
    let header = ["DATE", "TYPE", "SOURCE", "TARGET", "STATUS", "ARTICLE:SENTENCE"]
    let rows = mentions.map { m in
      [
        m.date?.description ?? "-", m.type.rawValue + (m.mode.map { "/\($0)" } ?? ""),
        m.source.name, (m.reciprocal ? "<-> " : "-> ") + m.target.name, m.status.rawValue,
        "\(m.article):\(m.sentence)",
      ]
    }
    let all = [header] + rows
    let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
    return all.map { row in
      row.enumerated().map { c, cell in
        c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}
