import ArgumentParser
import ParleyExtract
import ParleyGraph
import ParleyIngest

/// The view options of `parley build`: which part of the graph every output shows, and at
/// what level (see ``GraphView``).
struct ViewOptions: ParsableArguments {
  @Option(help: "Roll actors up to this level: person, organization or country.")
  var level: String = "person"

  @Option(help: "First day shown (YYYY-MM-DD); week, month and year dates that overlap are kept.")
  var from: String?

  @Option(help: "Last day shown (YYYY-MM-DD).")
  var to: String?

  @Option(name: .customLong("actor"), help: "Keep events with this actor (name, alias, surname or id) on either side, with its lane first on the timeline; repeatable.")
  var actors: [String] = []

  @Option(name: .customLong("country"), help: "Keep events with an actor of this ISO 3166 alpha-3 country; repeatable.")
  var countries: [String] = []

  @Option(name: .customLong("type"), help: "Keep events of this PLOVER type (CONSULT, AGREE, …); repeatable.")
  var types: [String] = []

  @Option(name: .customLong("status"), help: "Keep events of this status (occurred, planned, negated, hypothetical); repeatable. Default: all.")
  var statuses: [String] = []

  @Option(help: "Keep only the pairs with at least this many events.")
  var minEvents: Int = 1

  @Option(help: "Keep only the actors within --hops pairs of this actor (name, alias or id).")
  var ego: String?

  @Option(help: "How many pairs away from --ego an actor may be.")
  var hops: Int = 1

  @Option(help: "Keep only this many actors, those with the most events.")
  var top: Int?

  @Flag(help: "Leave out events between two actors of one country.")
  var noDomestic = false

  func validate() throws { _ = try view() }

  /// The view these options describe.
  /// - Throws: `ValidationError` for a bad level, date, type, status or count.
  func view() throws -> GraphView {
    var view = GraphView()
    guard let level = ActorLevel(name: level) else {
      throw ValidationError("--level must be person, organization or country (got \(level.terminalEscaped)).")
    }
    view.level = level
    func day(_ text: String?, _ name: String) throws -> CivilDate? {
      guard let text else { return nil }
      guard let date = CivilDate(iso: text) else {
        throw ValidationError("--\(name) must be a date YYYY-MM-DD (got \(text.terminalEscaped)).")
      }
      return date
    }
    view.from = try day(from, "from")
    view.to = try day(to, "to")
    if let a = view.from, let b = view.to, b < a { throw ValidationError("--to is before --from.") }
    view.actors = actors
    view.countries = countries.map { $0.uppercased() }
    view.types = try types.map {
      guard let type = InteractionType(rawValue: $0.uppercased()) else {
        throw ValidationError("--type \($0.terminalEscaped) is not a PLOVER type.")
      }
      return type
    }
    view.statuses = try statuses.map {
      guard let status = InteractionStatus(rawValue: $0.lowercased()) else {
        throw ValidationError("--status must be occurred, planned, negated or hypothetical (got \($0.terminalEscaped)).")
      }
      return status
    }
    guard minEvents >= 1 else { throw ValidationError("--min-events must be at least 1.") }
    guard hops >= 1 else { throw ValidationError("--hops must be at least 1.") }
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    view.minEvents = minEvents
    view.ego = ego
    view.hops = hops
    view.top = top
    view.excludesDomestic = noDomestic
    return view
  }
}
