import ParleyExtract

/// Canonical actors across articles: one id per real-world actor, with every
/// alias seen, and spelling variants (Sergei/Sergey, Zelensky/Zelenskyy) merged.
public struct ActorDirectory: Sendable {
  private var actors: [String: PoliticalActor] = [:]
  private var countryVotes: [String: [String: Int]] = [:]
  private var sectorVotes: [String: [String: Int]] = [:]
  /// Name key of a person → canonical id.
  private var personKeys: [String: String] = [:]
  /// Id → canonical id, for ids merged into another.
  private var redirects: [String: String] = [:]
  /// Canonical people with their name parts, for initials and dropped titles.
  private var people: [(id: String, parts: NameParts)] = []

  /// A personal name's given names and surname, as spelling-insensitive keys.
  struct NameParts: Equatable {
    var given: [String]
    var surname: String
  }

  /// Creates an empty directory.
  public init() {}

  /// Records `actor` and returns its canonical form (the id may change when a
  /// spelling variant of a known person is recorded).
  @discardableResult
  public mutating func register(_ actor: PoliticalActor) -> String {
    var id = redirects[actor.id] ?? actor.id
    if actor.kind == .person, actors[id] == nil {
      let key = Self.personKey(actor.name)
      let parts = Self.nameParts(actor.name)
      let compatible = people.filter { Self.isSamePerson($0.parts, parts) }.map(\.id)
      if let existing = personKeys[key] ?? (Set(compatible).count == 1 ? compatible.first : nil) {
        redirects[actor.id] = existing
        id = existing
      } else {
        personKeys[key] = id
        if let parts { people.append((id, parts)) }
      }
    }
    var merged = actors[id] ?? PoliticalActor(id: id, name: actor.name, kind: actor.kind, aliases: [])
    for alias in actor.aliases + [actor.name] { merged = merged.addingAlias(alias) }
    for role in actor.roles { merged = merged.addingRole(role) }
    actors[id] = merged
    if let c = actor.country { countryVotes[id, default: [:]][c, default: 0] += 1 }
    if let s = actor.sector { sectorVotes[id, default: [:]][s, default: 0] += 1 }
    return id
  }

  /// The canonical id for an id seen before.
  public func canonicalID(_ id: String) -> String { redirects[id] ?? id }

  /// The canonical actor for `id`, with the country and sector most often given.
  public func actor(_ id: String) -> PoliticalActor? {
    let cid = canonicalID(id)
    guard var actor = actors[cid] else { return nil }
    actor.country = Self.winner(countryVotes[cid])
    actor.sector = Self.winner(sectorVotes[cid])
    return actor
  }

  /// All canonical actors, sorted by id.
  public var all: [PoliticalActor] { actors.keys.sorted().compactMap { actor($0) } }

  private static func winner(_ votes: [String: Int]?) -> String? {
    votes?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// Words before a name that are not part of it.
  static let titleWords: Set<String> = [
    "president", "prime", "minister", "foreign", "secretary", "mr", "mrs", "ms", "dr", "sir",
    "dame", "king", "queen", "prince", "sheikh", "general", "gen", "senator", "sen", "chancellor",
    "ambassador", "envoy", "judge", "pope", "emir", "lt", "col", "vice", "deputy", "state",
  ]

  /// The name without titles, split into given names and surname; nil for one word.
  static func nameParts(_ name: String) -> NameParts? {
    var words = name.split(whereSeparator: { $0 == " " || $0 == "." })
      .map { personKey(String($0)) }.filter { !$0.isEmpty }
    while let first = words.first, words.count > 1, titleWords.contains(first) {
      words.removeFirst()
    }
    guard words.count >= 2, let surname = words.last else { return nil }
    return NameParts(given: Array(words.dropLast()), surname: surname)
  }

  /// Whether two names can be the same person: the same surname, and first given names
  /// equal or one an initial of the other ("G. W. Bush", "George W. Bush"). "Joe Biden"
  /// and "Jill Biden" are two people.
  static func isSamePerson(_ a: NameParts, _ b: NameParts?) -> Bool {
    guard let b, a.surname == b.surname, let x = a.given.first, let y = b.given.first else {
      return false
    }
    if x == y { return true }
    let isInitial = { (s: String) in s.count == 1 }
    return (isInitial(x) && y.hasPrefix(x)) || (isInitial(y) && x.hasPrefix(y))
  }

  /// A spelling-insensitive key for personal names: folded diacritics and common
  /// transliteration variants (y/i/j, double letters, ei/ey).
  static func personKey(_ name: String) -> String {
    var key = ""
    var previous: Character?
    for ch in name.lowercased().folding() where ch.isLetter || ch == " " {
      var c = ch
      if "yji".contains(c) { c = "i" }
      if c == "k" && previous == "c" { continue }
      if c == previous { continue }
      key.append(c)
      previous = c
    }
    return key
  }
}

extension String {
  /// Lowercase ASCII letters for common Latin letters with diacritics.
  func folding() -> String {
    let table: [Character: Character] = [
      "á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "ç": "c", "č": "c", "ć": "c",
      "é": "e", "è": "e", "ê": "e", "ë": "e", "ě": "e", "í": "i", "ì": "i", "î": "i", "ï": "i",
      "ñ": "n", "ń": "n", "ó": "o", "ò": "o", "ô": "o", "ö": "o", "õ": "o", "ø": "o", "ř": "r",
      "š": "s", "ś": "s", "ş": "s", "ș": "s", "ú": "u", "ù": "u", "û": "u", "ü": "u", "ý": "y",
      "ž": "z", "ź": "z", "ż": "z", "ğ": "g", "ı": "i", "ł": "l", "ţ": "t", "ț": "t", "ő": "o",
      "ű": "u",
    ]
    return String(map { table[$0] ?? $0 })
  }

}
