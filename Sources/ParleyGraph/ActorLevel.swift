import ParleyExtract

/// How far a view rolls actors up: as found, into the body they belong to, or into their
/// country.
public enum ActorLevel: String, Sendable, Hashable, CaseIterable {
  /// Every canonical actor as found: people, bodies, organisations, countries.
  case person
  /// People rolled up into the body they belong to: an office holder into their ministry
  /// when one of the graph's bodies matches their title ("Foreign Minister" → the Russian
  /// Foreign Ministry), else into their country's government, military, legislature, …
  /// by sector. Bodies, organisations, countries and people without a country or sector
  /// stay as they are.
  case organization
  /// Everything with a country rolled up into that country (Lavrov → Russia); actors
  /// without a country (the UN, NATO) stay as they are.
  case country

  /// The level named `name`, any case: `person`, `organization` (also `organisation`,
  /// `org`) or `country`; nil for anything else.
  public init?(name: String) {
    switch name.lowercased() {
    case "person", "people", "actor": self = .person
    case "organization", "organisation", "org": self = .organization
    case "country", "countries": self = .country
    default: return nil
    }
  }
}

/// The actors of a graph rolled up to a level: each actor id → the id it counts under,
/// and the actors those ids stand for (existing actors where the graph has one, else one
/// made for the level from the country's name and the sector).
struct ActorRollup {
  let level: ActorLevel
  /// Actor id → the id it rolls up to (absent: itself).
  private(set) var targets: [String: String] = [:]
  /// The actors rolled-up ids stand for, by id.
  private(set) var actors: [String: PoliticalActor] = [:]

  /// The keywords a title and a body share when the body is the holder's ministry.
  static let ministryKeywords = [
    "foreign", "defen", "interior", "financ", "justice", "trade", "econom", "energy", "health",
    "intelligence", "agricultur", "education", "transport",
  ]

  /// What a sector's people are called when rolled up into one body.
  static let sectorLabels: [String: String] = [
    "GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary",
    "COP": "police", "SPY": "intelligence", "OPP": "opposition", "REB": "rebels",
    "BUS": "business", "MED": "media", "CVL": "civilians", "NGO": "NGOs", "PTY": "party",
    "ELI": "former officials", "CRM": "criminals", "REL": "religious leaders",
    "EDU": "education", "LAB": "labour", "AGR": "agriculture", "REF": "refugees",
    "HLH": "health", "UAF": "armed groups", "IGO": "international officials",
  ]

  /// Rolls up the actors of `graph` to `level`.
  /// - Complexity: O(*a* log *a*) for *a* actors.
  init(graph: EventGraph, level: ActorLevel) {
    self.level = level
    let all = graph.actors
    for summary in all { actors[summary.actor.id] = summary.actor }
    guard level != .person else { return }
    let ranked = all.sorted { ($0.events, $1.actor.id) > ($1.events, $0.actor.id) }
    var made: [String: PoliticalActor] = [:]
    var members: [String: [String]] = [:]
    for summary in all {
      let a = summary.actor
      guard let country = a.country else { continue }
      var rolled: PoliticalActor?
      switch level {
      case .person:
        break
      case .country:
        guard a.kind != .country else { continue }
        rolled = ranked.first { $0.actor.kind == .country && $0.actor.country == country }?.actor
          ?? Self.made(&made, id: Self.countrySlug(country), name: Self.countryName(country), kind: .country,
            country: country, sector: nil, avoiding: actors)
      case .organization:
        guard a.kind == .person, let sector = a.sector else { continue }
        let titles = a.roles.map { $0.title.lowercased() }
        if let ministry = ranked.first(where: { s in
          let b = s.actor
          let name = b.name.lowercased()
          return b.kind == .government && b.country == country && b.id != a.id
            && Self.ministryKeywords.contains { k in name.contains(k) && titles.contains { $0.contains(k) } }
        }) {
          rolled = ministry.actor
        } else if sector != "GOV",
          let body = ranked.first(where: {
            $0.actor.kind != .person && $0.actor.kind != .country && $0.actor.country == country
              && $0.actor.sector == sector
          })
        {
          rolled = body.actor
        } else {
          let label = Self.sectorLabels[sector] ?? sector.lowercased()
          let id = Self.countrySlug(country) + "-" + Slug.make(label)
          rolled = actors[id].flatMap { $0.kind == .person ? nil : $0 }
            ?? Self.made(&made, id: id, name: Self.demonym(country) + " " + label,
              kind: ["GOV", "MIL", "LEG", "JUD", "COP", "SPY"].contains(sector) ? .government : .group,
              country: country, sector: sector, avoiding: actors)
        }
      }
      guard let rolled, rolled.id != a.id else { continue }
      targets[a.id] = rolled.id
      members[rolled.id, default: []].append(a.name)
      if actors[rolled.id] == nil { actors[rolled.id] = rolled }
    }
    // A rolled-up actor is also known by the names of what it holds, so a filter by a
    // member's name finds it.
    for (id, names) in members {
      guard var actor = actors[id] else { continue }
      for name in names { actor = actor.addingAlias(name) }
      actors[id] = actor
    }
  }

  /// The id `id` rolls up to.
  func id(_ id: String) -> String { targets[id] ?? id }

  /// The actor `id` rolls up to (nil for an id the graph does not know).
  func actor(_ id: String) -> PoliticalActor? { actors[self.id(id)] }

  /// An actor made for the level (once per id; a suffix avoids an existing id of
  /// another actor).
  private static func made(
    _ made: inout [String: PoliticalActor], id: String, name: String, kind: ActorKind,
    country: String, sector: String?, avoiding existing: [String: PoliticalActor]
  ) -> PoliticalActor {
    var id = id
    if let other = existing[id], other.kind != kind || other.country != country { id += "-" + kind.rawValue }
    if let known = made[id] { return known }
    let actor = PoliticalActor(id: id, name: name, kind: kind, country: country, sector: sector, aliases: [name])
    made[id] = actor
    return actor
  }

  static func countryName(_ iso3: String) -> String { Gazetteer.shared.countries[iso3]?.name ?? iso3 }

  static func countrySlug(_ iso3: String) -> String { Slug.make(countryName(iso3)) }

  static func demonym(_ iso3: String) -> String {
    Gazetteer.shared.countries[iso3]?.demonyms.first ?? countryName(iso3)
  }
}

/// Lowercase ASCII slugs for ids made by a view ("Russian government" → "russian-government").
enum Slug {
  static func make(_ text: String) -> String {
    var out = ""
    for c in text.lowercased().folding() {
      if c.isASCII && (c.isLetter || c.isNumber) {
        out.append(c)
      } else if !out.isEmpty && out.last != "-" {
        out.append("-")
      }
    }
    while out.last == "-" { out.removeLast() }
    return out
  }
}
