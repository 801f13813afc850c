import ArgumentParser
import Foundation
import ParleyExport
import ParleyExtract
import ParleyIngest

/// `parley time`: the temporal expressions of a text, normalised TimeML-style.
struct TimeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "time",
    abstract: "Print the temporal expressions of a text, normalised against a date.",
    discussion: """
      Prints one JSON object per expression: {"start", "end", "text", "type",
      "value"}, with offsets in Unicode scalars of the input and TIMEX3 types and
      values (DATE 2025-04-27, TIME 2025-04-27TNI, DURATION P3D, SET XXXX-WXX-1).

      Examples:
        parley time --date 2025-04-28 article.txt
        echo "They met on Sunday night." | parley time --date 2025-04-28
      """
  )

  @Option(help: "The reference date (the article's publication date), YYYY-MM-DD.")
  var date: String?

  @Argument(help: "A text file, or - (the default) for standard input.", completion: .file())
  var file: String = "-"

  func validate() throws {
    if let date, CivilDate(iso: date) == nil {
      throw ValidationError("--date must be a real day written YYYY-MM-DD, not '\(date)'.")
    }
  }

  func run() throws {
    let data: Data
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let contents = FileManager.default.contents(atPath: file) else {
        throw CLIError("cannot read \(file)")
      }
      data = contents
    }
    let text = String(decoding: data, as: UTF8.self)
    let expressions = TimeTagger().expressions(in: text, anchor: date.flatMap { CivilDate(iso: $0) })
    FileHandle.standardOutput.write(Data(try JSONLines.encode(expressions).utf8))
  }
}
