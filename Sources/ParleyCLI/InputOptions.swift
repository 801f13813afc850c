import ArgumentParser
import Foundation
import ParleyIngest

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
  @Argument(help: "Article files or folders (read recursively).", completion: .file())
  var paths: [String]

  @Option(name: .long, help: "Skip files larger than this many megabytes.")
  var maxFileSize: Double = 20

  @Flag(name: .shortAndLong, help: "Print no diagnostics or summary on stderr.")
  var quiet = false

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("Give at least one file or folder to read.") }
    guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be positive.") }
  }

  var ingestor: Ingestor {
    Ingestor(options: IngestOptions(maxFileSize: Int(maxFileSize * 1024 * 1024)))
  }

  /// Prints diagnostics and the summary line on stderr (unless quiet).
  func report(_ result: Pipeline.Result) {
    guard !quiet else { return }
    var lines = result.diagnostics.map(\.description)
    let skipped = result.skipped
    var summary = "\(result.articles) article\(result.articles == 1 ? "" : "s") read"
    if result.copies > 0 { summary += ", \(result.copies) duplicate cop\(result.copies == 1 ? "y" : "ies") counted once" }
    summary += ", \(skipped.count) skipped"
    if !skipped.isEmpty {
      var reasons: [String: Int] = [:]
      for d in skipped { reasons[Self.reason(d.message), default: 0] += 1 }
      summary += ": " + reasons.keys.sorted().map { "\(reasons[$0]!) \($0)" }.joined(separator: ", ")
    }
    summary += "; \(result.mentions.count) interaction mention\(result.mentions.count == 1 ? "" : "s")."
    lines.append(summary)
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }

  private static func reason(_ message: String) -> String {
    let head = message.split(whereSeparator: { $0 == ":" || $0 == "(" || $0 == ";" }).first ?? ""
    return head.trimmingCharacters(in: .whitespaces)
  }
}
