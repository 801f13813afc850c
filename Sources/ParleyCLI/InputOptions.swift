import ArgumentParser
import Foundation
import ParleyExtract
import ParleyIngest

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
  @Argument(help: "Article files or folders (read recursively).", completion: .file())
  var paths: [String]

  @Option(name: .long, help: "Skip files larger than this many megabytes (more than 0, at most 4096).")
  var maxFileSize: Double = 20

  /// The largest `--max-file-size` accepted, in megabytes (4 GiB).
  static let maxFileSizeLimit: Double = 4096

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Skip a file whose extraction needs more than this many million work steps (a step is a token read; each pair of sides tried costs \(WorkBudget.stepsPerPair)), as too complex (default \(WorkBudget.defaultLimit / 1_000_000); more than 0).",
      valueName: "millions"))
  var maxFileWork: Double = Double(WorkBudget.defaultLimit / 1_000_000)

  @Flag(name: .shortAndLong, help: "Print no diagnostics or summary on stderr.")
  var quiet = false

  @OptionGroup var dictionaries: ActorOptions

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("Give at least one file or folder to read.") }
    try Self.validateMaxFileSize(maxFileSize)
    guard maxFileWork.isFinite, maxFileWork > 0, maxFileWork <= 1_000_000 else {
      throw ValidationError("--max-file-work must be a number of millions of steps above 0, at most 1000000 (got \(maxFileWork)).")
    }
    for path in paths where path != "-" && !FileManager.default.fileExists(atPath: path) {
      throw ValidationError("\(path.terminalEscaped): no such file or folder.")
    }
  }

  /// Rejects a size that is not a finite number above 0, below one byte, or above the limit.
  static func validateMaxFileSize(_ megabytes: Double) throws {
    guard megabytes.isFinite, megabytes > 0 else {
      throw ValidationError("--max-file-size must be a positive number of megabytes (got \(megabytes)).")
    }
    guard megabytes * 1024 * 1024 >= 1 else {
      throw ValidationError("--max-file-size must be at least one byte (got \(megabytes) megabytes).")
    }
    guard megabytes <= maxFileSizeLimit else {
      throw ValidationError(
        "--max-file-size must be at most \(Int(maxFileSizeLimit)) megabytes (got \(megabytes)).")
    }
  }

  /// The size limit in bytes; `validate()` keeps it within 1 byte … 4 GiB.
  var maxFileSizeBytes: Int {
    guard maxFileSize.isFinite, maxFileSize > 0 else { return 1 }
    return max(1, Int(min(maxFileSize, Self.maxFileSizeLimit) * 1024 * 1024))
  }

  /// The work limit in steps; `validate()` keeps it within 1 … 10¹² steps.
  var maxFileWorkSteps: Int {
    guard maxFileWork.isFinite, maxFileWork > 0 else { return WorkBudget.defaultLimit }
    return max(1, Int(min(maxFileWork, 1_000_000) * 1_000_000))
  }

  var ingestor: Ingestor {
    Ingestor(options: IngestOptions(maxFileSize: maxFileSizeBytes))
  }

  /// The pipeline over the built-in dictionaries and the `--actors` files, and whether a
  /// row of those files was skipped (each one is reported on stderr unless quiet).
  func pipeline() throws -> (pipeline: Pipeline, rowsSkipped: Bool) {
    let (extractor, diagnostics) = try dictionaries.extractor()
    if !quiet, !diagnostics.isEmpty {
      FileHandle.standardError.write(Data((diagnostics.map(\.description).joined(separator: "\n") + "\n").utf8))
    }
    var pipeline = Pipeline(ingestor: ingestor, extractor: extractor, progress: Progress(quiet: quiet))
    pipeline.maxFileWork = maxFileWorkSteps
    return (pipeline, !diagnostics.isEmpty)
  }

  /// Prints diagnostics and the summary line on stderr (unless quiet).
  func report(_ result: Pipeline.Result) {
    guard !quiet else { return }
    var lines = result.diagnostics.map(\.description)
    for folder in result.outputFolders {
      lines.append("\(folder.terminalEscaped): skipped (a Parley output folder)")
    }
    if !result.nonArticles.isEmpty {
      let count = result.nonArticles.values.reduce(0, +)
      let kinds = result.nonArticles.keys.sorted().map { "." + $0.terminalEscaped }.joined(separator: ", ")
      lines.append("skipped \(count) non-article file\(count == 1 ? "" : "s") (\(kinds))")
    }
    let skipped = result.skipped
    var summary = "\(result.articles) article\(result.articles == 1 ? "" : "s") read"
    if result.copies > 0 { summary += ", \(result.copies) duplicate cop\(result.copies == 1 ? "y" : "ies") counted once" }
    summary += ", \(skipped.count) skipped"
    if !skipped.isEmpty {
      var reasons: [String: Int] = [:]
      for d in skipped { reasons[Self.reason(d.message), default: 0] += 1 }
      summary += ": " + reasons.keys.sorted().map { "\(reasons[$0]!) \($0)" }.joined(separator: ", ")
    }
    summary += "; \(result.mentionCount) interaction mention\(result.mentionCount == 1 ? "" : "s")."
    lines.append(summary)
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }

  private static func reason(_ message: String) -> String {
    let head = message.split(whereSeparator: { $0 == ":" || $0 == "(" || $0 == ";" }).first ?? ""
    return head.trimmingCharacters(in: .whitespaces)
  }
}
