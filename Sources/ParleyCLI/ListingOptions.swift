import ArgumentParser
import Foundation

/// `--json` and `--table` for commands that print a listing: a table on a terminal, JSON
/// Lines when piped, unless one of them is given.
struct ListingOptions: ParsableArguments {
  @Flag(help: "Print JSON Lines even on a terminal.")
  var json = false

  @Flag(help: "Print the table even when stdout is not a terminal.")
  var table = false

  func validate() throws {
    if json && table { throw ValidationError("Give --json or --table, not both.") }
  }

  /// Whether to print the table.
  var asTable: Bool { table || (!json && isatty(STDOUT_FILENO) == 1) }
}
