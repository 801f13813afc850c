/// What kind of thing an actor is.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
  case person, government, organization, country, group
}

/// A participant in an interaction: a person, a government body, an
/// organisation, a country or a group, with its canonical identity.
///
/// Encoded as the `ACTOR` object of Parley's output contract:
/// `{"id", "name", "kind", "country", "sector", "aliases"}`.
public struct PoliticalActor: Sendable, Hashable, Codable {
  /// A stable slug, e.g. `sergey-lavrov`, `russia`, `united-nations`.
  public var id: String
  /// The canonical name, e.g. "Sergey Lavrov".
  public var name: String
  /// Person, government, organization, country or group.
  public var kind: ActorKind
  /// ISO 3166 alpha-3 code of the actor's country, when known.
  public var country: String?
  /// Sector code (CAMEO-style): GOV, MIL, LEG, JUD, COP, REB, OPP, IGO, NGO, MED, BUS, CVL, SPY, PTY,
  /// ELI (former office holders), AGR, LAB, REF, HLH, UAF, CRM, REL, EDU.
  public var sector: String?
  /// The names this actor was seen under, sorted.
  public var aliases: [String]

  /// Creates an actor.
  public init(
    id: String, name: String, kind: ActorKind, country: String? = nil, sector: String? = nil,
    aliases: [String] = []
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.country = country
    self.sector = sector
    self.aliases = aliases
  }

  enum CodingKeys: String, CodingKey { case id, name, kind, country, sector, aliases }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(kind, forKey: .kind)
    try c.encode(country, forKey: .country)  // explicit null, as the contract says
    try c.encode(sector, forKey: .sector)
    try c.encode(aliases, forKey: .aliases)
  }

  /// The same actor with `alias` added to ``aliases`` (kept sorted and unique).
  public func addingAlias(_ alias: String) -> PoliticalActor {
    guard !alias.isEmpty, !aliases.contains(alias) else { return self }
    var copy = self
    copy.aliases.append(alias)
    copy.aliases.sort()
    return copy
  }
}
