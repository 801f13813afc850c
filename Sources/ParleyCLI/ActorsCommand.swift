import ArgumentParser
import Foundation
import ParleyExport
import ParleyGraph

/// `parley actors`: the canonical actors of articles, with their counts and aliases.
struct ActorsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actors",
    abstract: "Print the canonical actors found in articles, the most active first.",
    discussion: """
      Reads the articles as `parley build` does and lists each canonical actor
      once (its spellings merged into one, the aliases it was seen under listed):
      id, name, kind, country (ISO 3166 alpha-3), sector, how many mentions and
      merged events it takes part in, its roles and aliases. Sorted by events,
      then mentions, then id. A table on a terminal, JSON Lines (the actors.jsonl
      schema) when stdout is a pipe or a file or with --json. The view options
      apply as for `parley build` (--level country lists countries, --actor keeps
      the actors of events with that actor, …).

      Examples:
        parley actors Samples
        parley actors corpus/ --level organization --top 20
        parley actors corpus/ --json | jq -r .name
      """
  )

  @OptionGroup var input: InputOptions

  @OptionGroup(title: "View") var viewOptions: ViewOptions

  @OptionGroup(title: "Listing") var listing: ListingOptions

  func run() async throws {
    let (graph, failed) = try await GraphQuery.graph(input: input, view: viewOptions)
    let actors = ActorTable.ranked(graph.actors)
    let text = listing.asTable ? ActorTable.render(actors) : try JSONLines.encode(actors)
    FileHandle.standardOutput.write(Data(text.utf8))
    if failed { throw ExitCode(1) }
  }
}

/// A plain-text table of actors.
enum ActorTable {
  /// `actors` by events, then mentions (most first), then id.
  static func ranked(_ actors: [ActorSummary]) -> [ActorSummary] {
    actors.sorted { ($1.events, $1.mentions, $0.actor.id) < ($0.events, $0.mentions, $1.actor.id) }
  }

  static func render(_ actors: [ActorSummary]) -> String {
    let header = ["ID", "NAME", "KIND", "COUNTRY", "SECTOR", "MENTIONS", "EVENTS", "ROLES", "ALIASES"]
    let rows = actors.map { s -> [String] in
      let a = s.actor
      let roles = a.roles.map { r in r.title + (r.country.map { " (\($0))" } ?? "") }
      return [
        a.id, a.name, a.kind.rawValue, a.country ?? "-", a.sector ?? "-", String(s.mentions),
        String(s.events), roles.isEmpty ? "-" : roles.joined(separator: "; "),
        a.aliases.filter { $0 != a.name }.joined(separator: "; "),
      ]
    }
    return TextTable.render(header: header, rows: rows)
  }
}
