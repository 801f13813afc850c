import Foundation
import ParleyIngest

/// Parley's built-in knowledge of countries, places, organisations and office holders,
/// read from the TSV files in `Dictionaries/` (built into the binary as string literals by
/// the EmbedDictionaries plugin), with a phrase index for matching token sequences in text.
/// A user's ``ActorDictionary`` adds to it or replaces its entries.
public final class Gazetteer: Sendable {
  /// A country with its names.
  public struct Country: Sendable, Hashable {
    public let iso3: String
    public let name: String
    public let aliases: [String]
    public let demonyms: [String]
    public let metonyms: [String]
  }

  /// An organisation or named government body.
  public struct Organization: Sendable, Hashable {
    public let id: String
    public let name: String
    public let aliases: [String]
    public let kind: ActorKind
    public let sector: String
    public let country: String?
  }

  /// One office a person held.
  public struct Office: Sendable, Hashable {
    public let country: String?
    public let title: String
    public let sector: String
    public let from: CivilDate?
    public let to: CivilDate?

    /// Whether the office was held on `date` (undated offices always match).
    public func isHeld(on date: CivilDate) -> Bool {
      if let from, date < from { return false }
      if let to, date > to { return false }
      return true
    }
  }

  /// A known person and the offices they held.
  public struct Person: Sendable, Hashable {
    public let name: String
    public let aliases: [String]
    public let offices: [Office]
  }

  /// What a phrase in the index stands for.
  public enum Entry: Sendable, Hashable {
    case country(String)
    case demonym(String)
    case metonym(String)
    /// A city, province or region: locates things in the country, never acts.
    case place(String)
    case organization(Int)
    case person(Int)

    /// The country a country name, demonym, capital or place stands for.
    public var country: String? {
      switch self {
      case .country(let c), .demonym(let c), .metonym(let c), .place(let c): return c
      case .organization, .person: return nil
      }
    }
  }

  /// A phrase of the index with what it stands for.
  public struct Phrase: Sendable, Hashable {
    /// The phrase as written in the table.
    public let text: String
    /// Whether text must match case exactly (all-caps abbreviations such as "US").
    public let isCaseSensitive: Bool
    /// The phrase without spaces, for comparing with the text's tokens.
    public var compactText: String { text.filter { $0 != " " } }
    public let entry: Entry
  }

  public let countries: [String: Country]
  public let organizations: [Organization]
  public let people: [Person]
  /// Lowercased token sequences joined by a space → phrases.
  let index: [String: [Phrase]]
  /// Lowercased surnames → people indices.
  let surnames: [String: [Int]]
  /// Every proper token prefix of a key ("united", "united nations" for "united nations
  /// security council"), so a match can stop as soon as no longer phrase can follow.
  let prefixes: Set<String>
  /// The longest phrase, in tokens.
  let maxPhraseLength: Int
  /// Country (or organisation id) → the people who held an office there, in table order.
  let officeHolders: [String: [Int]]
  /// Per person, the match keys of the first words of their name and aliases.
  let firstNameKeys: [Set<String>]
  /// Match keys of given names (`Dictionaries/given-names.tsv`): a first word that makes an
  /// unknown capitalised name a person's.
  let givenNames: Set<String>
  /// The first token of every phrase key: a lowercase token outside this set starts no phrase.
  public let firstTokens: Set<String>
  /// ``firstTokens`` and the lowercase words that open other actor phrases
  /// (`ActorRecognizer.lowercaseStarts`), for one look-up per lowercase ASCII token.
  let actorStartWords: Set<String>
  /// Per person and office (as in ``people``), the office title's lowercased words
  /// (split at spaces and hyphens), for matching titles without splitting them per look-up.
  let officeTitleWords: [[Set<String>]]
  /// "USA|military" → the organisation a country's generic body is ("U.S. military"): an
  /// organisation of that country named by a form of the country's name and the body's
  /// words, so that "American military", "US troops" and "U.S. military" are one actor.
  let bodyOrganizations: [String: Int]

  /// The gazetteer built from Parley's own tables.
  public static let shared = Gazetteer(builtInAdding: ActorDictionary())

  /// The gazetteer of Parley's own tables with `additions` (a user's dictionary) added;
  /// the shared one when there are none.
  public static func builtIn(adding additions: ActorDictionary) -> Gazetteer {
    additions.isEmpty ? shared : Gazetteer(builtInAdding: additions)
  }

  private convenience init(builtInAdding additions: ActorDictionary) {
    self.init(
      countryTable: BuiltInDictionaries.countries, organizationTable: BuiltInDictionaries.organizations,
      personTable: BuiltInDictionaries.people + "\n" + BuiltInDictionaries.peopleHistorical,
      placeTable: BuiltInDictionaries.places, givenNameTable: BuiltInDictionaries.givenNames,
      additions: additions)
  }

  /// Builds a gazetteer from TSV tables (see the files in `Dictionaries/`).
  /// `placeTable` rows (iso3, places) add places that locate things in a country;
  /// `givenNameTable` has one given name per line.
  /// The rows of `additions` come after the tables' and replace their people and
  /// organisations of the same name; their names and aliases take the phrases they
  /// spell from the tables' entries.
  public init(
    countryTable: String, organizationTable: String, personTable: String, placeTable: String = "",
    givenNameTable: String = "",
    additions: ActorDictionary = ActorDictionary()
  ) {
    let tokenizer = Tokenizer()
    var index: [String: [Phrase]] = [:]
    var userIndex: [String: [Phrase]] = [:]
    var prefixes = Set<String>()
    var maxLength = 1
    func add(_ text: String, _ entry: Entry, isUser: Bool = false) {
      let tokens = tokenizer.tokens(in: text)
      guard !tokens.isEmpty else { return }
      let key = tokens.map { Gazetteer.fold($0.lower) }.joined(separator: " ")
      let caseSensitive = text.count <= 4 && text.unicodeScalars.allSatisfy {
        !$0.properties.isLowercase
      }
      let phrase = Phrase(text: text, isCaseSensitive: caseSensitive, entry: entry)
      if index[key]?.contains(phrase) != true { index[key, default: []].append(phrase) }
      if isUser, userIndex[key]?.contains(phrase) != true { userIndex[key, default: []].append(phrase) }
      maxLength = max(maxLength, tokens.count)
      var prefix = ""
      for token in tokens.dropLast() {
        prefix += (prefix.isEmpty ? "" : " ") + Gazetteer.fold(token.lower)
        prefixes.insert(prefix)
      }
    }

    var countries: [String: Country] = [:]
    for row in TSV.rows(countryTable, columns: 6) {
      let c = Country(
        iso3: row[0], name: row[1], aliases: TSV.list(row[2]), demonyms: TSV.list(row[3]),
        metonyms: TSV.list(row[4]))
      countries[c.iso3] = c
      add(c.name, .country(c.iso3))
      c.aliases.forEach { add($0, .country(c.iso3)) }
      c.demonyms.forEach { add($0, .demonym(c.iso3)) }
      c.metonyms.forEach { add($0, .metonym(c.iso3)) }
      TSV.list(row[5]).forEach { add($0, .place(c.iso3)) }
    }

    for row in TSV.rows(placeTable, columns: 2) where countries[row[0]] != nil {
      TSV.list(row[1]).forEach { add($0, .place(row[0])) }
    }
    for row in additions.rows where row.kind == .place {
      guard let country = row.country, countries[country] != nil else { continue }
      ([row.name] + row.aliases).forEach { add($0, .place(country), isUser: true) }
    }

    let tableOrganizations = TSV.rows(organizationTable, columns: 6).map { row in
      Organization(
        id: row[0], name: row[1], aliases: TSV.list(row[2]),
        kind: ActorKind(rawValue: row[3]) ?? .organization, sector: row[4],
        country: row[5].isEmpty ? nil : row[5])
    }
    let userOrganizations = Self.organizations(of: additions, replacing: tableOrganizations)
    let replacedIDs = Set(userOrganizations.map(\.id))
    var organizations: [Organization] = []
    for org in tableOrganizations where !replacedIDs.contains(org.id) {
      add(org.name, .organization(organizations.count))
      org.aliases.forEach { add($0, .organization(organizations.count)) }
      organizations.append(org)
    }
    for org in userOrganizations {
      add(org.name, .organization(organizations.count), isUser: true)
      org.aliases.forEach { add($0, .organization(organizations.count), isUser: true) }
      organizations.append(org)
    }

    var people: [Person] = []
    var personIndex: [String: Int] = [:]
    var aliasesByPerson: [Int: [String]] = [:]
    var officesByPerson: [Int: [Office]] = [:]
    let userPeople = additions.rows.filter { $0.kind == .person }
    let replacedPeople = Set(userPeople.map { ActorNaming.slug($0.name) })
    let personRows =
      TSV.rows(personTable, columns: 7).filter { !replacedPeople.contains(ActorNaming.slug($0[0])) }
      + userPeople.map { [$0.name, $0.aliases.joined(separator: "|"), $0.country ?? "", $0.title, $0.sector, $0.from, $0.to] }
    for row in personRows {
      let name = row[0]
      let i = personIndex[name] ?? {
        let next = personIndex.count
        personIndex[name] = next
        return next
      }()
      aliasesByPerson[i, default: []].append(contentsOf: TSV.list(row[1]))
      officesByPerson[i, default: []].append(
        Office(
          country: row[2].isEmpty ? nil : row[2], title: row[3], sector: row[4],
          from: TSV.date(row[5], end: false), to: TSV.date(row[6], end: true)))
    }
    var surnames: [String: [Int]] = [:]
    for (name, i) in personIndex.sorted(by: { $0.value < $1.value }) {
      var aliases: [String] = []
      for alias in aliasesByPerson[i] ?? [] where !aliases.contains(alias) { aliases.append(alias) }
      people.append(Person(name: name, aliases: aliases, offices: officesByPerson[i] ?? []))
      let isUser = replacedPeople.contains(ActorNaming.slug(name))
      add(name, .person(i), isUser: isUser)
      aliases.forEach { add($0, .person(i), isUser: isUser) }
      // Korean, Chinese and Vietnamese names put the family name first ("Kim Jong Un").
      let familyNameFirst = (officesByPerson[i] ?? []).contains { Gazetteer.familyNameFirstCountries.contains($0.country ?? "") }
      for full in [name] + aliases {
        let tokens = tokenizer.tokens(in: full).filter(\.isWord)
        guard tokens.count >= 2, let last = tokens.last, let first = tokens.first else { continue }
        for word in familyNameFirst ? [last, first] : [last] where word.lower.count > 2 {
          let surname = Gazetteer.fold(word.lower)
          if surnames[surname]?.contains(i) != true { surnames[surname, default: []].append(i) }
        }
      }
    }
    // A user's phrase means what the user says: the tables' entries for it give way.
    for (key, phrases) in userIndex { index[key] = phrases }
    self.countries = countries
    self.organizations = organizations
    self.people = people
    self.index = index
    self.surnames = surnames
    self.maxPhraseLength = maxLength
    self.prefixes = prefixes
    var holders: [String: [Int]] = [:]
    for (i, person) in people.enumerated() {
      for country in Set(person.offices.compactMap(\.country)).sorted() { holders[country, default: []].append(i) }
    }
    self.officeHolders = holders
    self.firstTokens = Set(index.keys.map { String($0.split(separator: " ", maxSplits: 1).first ?? "") })
    self.actorStartWords = firstTokens.union(ActorRecognizer.lowercaseStarts)
    self.officeTitleWords = people.map { person in
      person.offices.map { office in
        Set(office.title.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init))
      }
    }
    var bodies: [String: Int] = [:]
    for (i, org) in organizations.enumerated() {
      guard let iso3 = org.country, let country = countries[iso3] else { continue }
      let forms = ([country.name] + country.aliases + country.demonyms).map { $0.lowercased() + " " }
      for name in [org.name] + org.aliases {
        let lower = name.lowercased()
        for form in forms where lower.hasPrefix(form) && lower.count > form.count {
          let key = iso3 + "|" + lower.dropFirst(form.count)
          if bodies[key] == nil { bodies[key] = i }
        }
      }
    }
    self.bodyOrganizations = bodies
    self.givenNames = Set(TSV.rows(givenNameTable, columns: 1).map { ActorNaming.matchKey($0[0]) })
    self.firstNameKeys = people.map { person in
      Set(([person.name] + person.aliases).map { ActorNaming.matchKey(String($0.split(separator: " ").first ?? "")) })
    }
  }

  /// The organisations of `additions`, each with the id of the table's organisation of the
  /// same name or id when it replaces one, else its name as a slug; a later row of the same
  /// organisation replaces an earlier one.
  static func organizations(of additions: ActorDictionary, replacing table: [Organization]) -> [Organization] {
    var tableIDs: [String: String] = [:]
    for org in table {
      tableIDs[org.id] = org.id
      tableIDs[ActorNaming.slug(org.name)] = tableIDs[ActorNaming.slug(org.name)] ?? org.id
    }
    var order: [String] = []
    var byID: [String: Organization] = [:]
    for row in additions.rows {
      let kind: ActorKind
      switch row.kind {
      case .organization: kind = .organization
      case .government: kind = .government
      case .group: kind = .group
      case .person, .place: continue
      }
      let slug = ActorNaming.slug(row.name)
      let id = tableIDs[slug] ?? slug
      if byID[id] == nil { order.append(id) }
      byID[id] = Organization(
        id: id, name: row.name, aliases: row.aliases, kind: kind, sector: row.sector, country: row.country)
    }
    return order.compactMap { byID[$0] }
  }

  /// The people who held an office in `country` (an ISO3 code or organisation id).
  public func people(holdingOfficeIn country: String) -> [Int] { officeHolders[country] ?? [] }

  /// Countries whose names put the family name first.
  static let familyNameFirstCountries: Set<String> = ["KOR", "PRK", "CHN", "TWN", "VNM", "HKG", "MAC"]

  /// Whether some phrase's key starts with `key` followed by more tokens.
  public func hasLongerPhrase(startingWith key: String) -> Bool { prefixes.contains(key) }

  /// The phrases whose lowercased tokens are `key` (tokens joined by a space).
  public func phrases(forKey key: String) -> [Phrase] { index[key] ?? [] }

  /// The people whose surname (last name token) is `lowercasedSurname`.
  public func people(withSurname lowercasedSurname: String) -> [Int] {
    surnames[Gazetteer.fold(lowercasedSurname)] ?? []
  }

  /// A lowercased token without diacritics, so that "erdoğan" and "erdogan",
  /// "khürelsükh" and "khurelsukh" share an index key.
  public static func fold(_ lower: String) -> String {
    guard !lower.utf8.allSatisfy({ $0 < 0x80 }) else { return lower }
    var out = ""
    for ch in lower.folding(options: [.diacriticInsensitive], locale: nil) {
      switch ch {
      case "ı": out.append("i")
      case "ø": out.append("o")
      case "ł": out.append("l")
      case "đ": out.append("d")
      case "ß": out.append("ss")
      case "æ": out.append("ae")
      default: out.append(ch)
      }
    }
    return out
  }

  /// The country whose name, alias or demonym is `text`, if any.
  public func countryCode(for text: String) -> String? {
    let key = Tokenizer().tokens(in: text).map { Gazetteer.fold($0.lower) }.joined(separator: " ")
    return (index[key] ?? []).lazy.compactMap(\.entry.country).first
  }
}

/// Reading Parley's tab-separated tables.
enum TSV {
  /// Non-empty, non-comment lines split on tabs, padded to `columns`.
  static func rows(_ table: String, columns: Int) -> [[String]] {
    table.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
      let trimmed = line.trimming(" \r")
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
      var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        String($0).trimming(" \r")
      }
      while fields.count < columns { fields.append("") }
      return fields
    }
  }

  /// A `|`-separated list.
  static func list(_ field: String) -> [String] {
    field.split(separator: "|").map { String($0).trimming(" ") }.filter {
      !$0.isEmpty
    }
  }

  /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; partial dates take the first (or last) day.
  static func date(_ field: String, end: Bool) -> CivilDate? {
    if let d = CivilDate(iso: field) { return d }
    let parts = field.split(separator: "-").compactMap { Int($0) }
    switch parts.count {
    case 1: return CivilDate(year: parts[0], month: end ? 12 : 1, day: end ? 31 : 1)
    case 2:
      return CivilDate(
        year: parts[0], month: parts[1],
        day: end ? CivilDate.daysInMonth(year: parts[0], month: parts[1]) : 1)
    default: return nil
    }
  }
}

extension StringProtocol {
  /// The string without the given leading and trailing characters.
  func trimming(_ set: String) -> String {
    let chars = Set(set)
    var s = Substring(self)
    while let f = s.first, chars.contains(f) { s = s.dropFirst() }
    while let l = s.last, chars.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
