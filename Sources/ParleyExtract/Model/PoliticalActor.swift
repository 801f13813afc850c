import ParleyIngest

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
  /// The roles the text gave this actor ("Foreign Minister" of RUS, seen 2025-04-28),
  /// sorted by title and country; the latest sighting of each is kept. A role read from
  /// the text beats the gazetteer, whose offices go stale.
  public var roles: [ActorRole] = []

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

  enum CodingKeys: String, CodingKey { case id, name, kind, country, sector, aliases, roles }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(kind, forKey: .kind)
    try c.encode(country, forKey: .country)  // explicit null, as the contract says
    try c.encode(sector, forKey: .sector)
    try c.encode(aliases, forKey: .aliases)
    if !roles.isEmpty { try c.encode(roles, forKey: .roles) }
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    kind = try c.decode(ActorKind.self, forKey: .kind)
    country = try c.decodeIfPresent(String.self, forKey: .country)
    sector = try c.decodeIfPresent(String.self, forKey: .sector)
    aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    roles = try c.decodeIfPresent([ActorRole].self, forKey: .roles) ?? []
  }

  /// The same actor with `role` recorded (a later sighting of the same title replaces an earlier one).
  public func addingRole(_ role: ActorRole) -> PoliticalActor {
    var copy = self
    if let i = copy.roles.firstIndex(where: { $0.title == role.title && $0.country == role.country }) {
      if let seen = role.seen, (copy.roles[i].seen ?? seen) <= seen { copy.roles[i].seen = seen }
    } else {
      copy.roles.append(role)
      copy.roles.sort { ($0.title, $0.country ?? "") < ($1.title, $1.country ?? "") }
    }
    return copy
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

/// A role the text gave an actor: "Marco Rubio — U.S. Secretary of State, seen 2025-04-28".
public struct ActorRole: Sendable, Hashable, Codable {
  /// The title as a phrase, e.g. "Secretary Of State" normalised to "Secretary of State".
  public var title: String
  /// The country the title is of, when the text says.
  public var country: String?
  /// The date of the latest article that gave it.
  public var seen: CivilDate?

  /// Creates a role.
  public init(title: String, country: String?, seen: CivilDate?) {
    self.title = title
    self.country = country
    self.seen = seen
  }
}
