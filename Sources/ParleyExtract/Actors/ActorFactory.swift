import ParleyIngest

/// Makes ``PoliticalActor`` values from gazetteer entries and text roles.
struct ActorFactory: Sendable {
  let gazetteer: Gazetteer

  /// The actor for a country (also used for its capital or seat of power).
  /// `sector` is nil for the country by name and GOV for its capital, seat of power or officials.
  func country(_ iso3: String, alias: String?, sector: String? = nil) -> PoliticalActor? {
    guard let c = gazetteer.countries[iso3] else { return nil }
    return PoliticalActor(
      id: ActorNaming.slug(c.name), name: c.name, kind: .country, country: iso3, sector: sector,
      aliases: [alias ?? c.name])
  }

  /// The actor for a body of a country's state ("Russian Foreign Ministry", "Ukrainian Military").
  func body(_ iso3: String, name bodyName: String, sector: String, alias: String) -> PoliticalActor?
  {
    guard let c = gazetteer.countries[iso3] else { return nil }
    if BodyLexicon.countryLevelBodies.contains(bodyName) {
      return country(iso3, alias: alias, sector: sector)
    }
    // "American military" is the dictionary's "U.S. military".
    if let index = gazetteer.bodyOrganizations[iso3 + "|" + bodyName.lowercased()] {
      return organization(index, alias: alias)
    }
    let adjective = c.demonyms.first ?? c.name
    let name = adjective + " " + bodyName
    return PoliticalActor(
      id: ActorNaming.slug(c.name + " " + bodyName), name: name,
      kind: BodyLexicon.stateSectors.contains(sector) ? .government : .group, country: iso3,
      sector: sector, aliases: [alias])
  }

  /// The actor for an organisation of the gazetteer.
  func organization(_ index: Int, alias: String) -> PoliticalActor {
    let org = gazetteer.organizations[index]
    return PoliticalActor(
      id: org.id, name: org.name, kind: org.kind, country: org.country, sector: org.sector,
      aliases: [alias])
  }

  /// The office a gazetteer person held on `date` (or their latest before it, or their
  /// first after it); with no date, their latest. Offices come from several files, so
  /// "latest" is by their dates, not by their order.
  func office(of index: Int, on date: CivilDate?) -> Gazetteer.Office? {
    let offices = gazetteer.people[index].offices
    // Open-ended offices count as the latest; then by end, then by start.
    func later(_ a: Gazetteer.Office, _ b: Gazetteer.Office) -> Bool {
      if (a.to == nil) != (b.to == nil) { return a.to != nil }
      if let x = a.to, let y = b.to, x != y { return x < y }
      return (a.from.map { $0 < (b.from ?? $0) } ?? (b.from != nil))
    }
    guard let date else { return offices.max(by: later) }
    if let held = offices.filter({ $0.isHeld(on: date) }).max(by: later) { return held }
    if let ended = offices.filter({ ($0.to ?? date) <= date && $0.to != nil }).max(by: later) { return ended }
    return offices.min(by: { a, b in
      switch (a.from, b.from) {
      case let (x?, y?): return x < y
      case (nil, _?): return true
      default: return false
      }
    })
  }

  /// A person: from the gazetteer when `index` is given, with roles read from
  /// the text taking precedence over the gazetteer's.
  func person(
    index: Int?, name: String, alias: String, textCountry: String?, textSector: String?,
    date: CivilDate?
  ) -> PoliticalActor {
    var canonical = name
    var country = textCountry
    var sector = textSector
    if let index {
      canonical = gazetteer.people[index].name
      if let office = office(of: index, on: date) {
        let code = office.country
        let isISO = code.map { $0.count == 3 && $0.uppercased() == $0 } ?? false
        if country == nil { country = isISO ? code : nil }
        if sector == nil || sector == "" {
          sector = isFormerOfficeHolder(index, on: date) ? "ELI" : office.sector
        }
      }
    }
    if sector == "" { sector = nil }
    return PoliticalActor(
      id: ActorNaming.slug(canonical), name: canonical, kind: .person, country: country,
      sector: sector, aliases: [alias])
  }

  /// Whether the person held offices but had left all of them by `date` (a former
  /// office holder: CAMEO's elite sector, ELI).
  func isFormerOfficeHolder(_ index: Int, on date: CivilDate?) -> Bool {
    guard let date else { return false }
    let offices = gazetteer.people[index].offices
    return !offices.isEmpty && offices.allSatisfy { office in
      guard let to = office.to else { return false }
      return to < date
    }
  }

  /// The people who held an office whose title contains every word of `titleWords` in `country` on `date`.
  func officeHolder(country: String, titleWords: [String], on date: CivilDate?) -> Int? {
    guard let date, !titleWords.isEmpty else { return nil }
    // "top diplomat" is the foreign minister (or secretary of state, foreign secretary).
    let alternatives: [[String]] =
      titleWords.contains("diplomat")
      ? [["foreign", "minister"], ["secretary", "of", "state"], ["foreign", "secretary"]]
      : [titleWords.filter { !["top", "senior", "federal", "acting"].contains($0) }]
    for words in alternatives {
      if let holder = officeHolder(country: country, exactWords: words, on: date) { return holder }
    }
    return nil
  }

  private func officeHolder(country: String, exactWords titleWords: [String], on date: CivilDate)
    -> Int?
  {
    var found: [Int] = []
    var exact: [Int: Bool] = [:]
    let distinctWords = Set(titleWords).count
    for i in gazetteer.people(holdingOfficeIn: country) {
      let offices = gazetteer.people[i].offices
      for k in offices.indices where offices[k].country == country && offices[k].isHeld(on: date) {
        // Whole words: "president" is not in "Head of the Presidential Office".
        let words = gazetteer.officeTitleWords[i][k]
        if titleWords.allSatisfy({ words.contains($0) }) {
          found.append(i)
          exact[i] = words.count == distinctWords
          break
        }
      }
    }
    if found.count == 1 { return found[0] }
    // "foreign minister" is the Foreign Minister, not a Deputy Foreign Minister.
    let exactly = found.filter { exact[$0] == true }
    return exactly.count == 1 ? exactly[0] : nil
  }
}
