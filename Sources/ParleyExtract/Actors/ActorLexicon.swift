/// Words that build actor phrases: titles, government bodies, groups and
/// descriptions that refer back to an actor already named.
enum ActorLexicon {
  /// Head nouns of personal titles, with the sector they imply.
  static let titleHeads: [String: String] = [
    "minister": "GOV", "president": "GOV", "secretary": "GOV", "envoy": "GOV",
    "ambassador": "GOV", "chancellor": "GOV", "premier": "GOV", "king": "GOV", "queen": "GOV",
    "prince": "GOV", "emir": "GOV", "amir": "GOV", "sheikh": "GOV", "sultan": "GOV",
    "spokesman": "GOV", "spokeswoman": "GOV", "spokesperson": "GOV", "adviser": "GOV",
    "advisor": "GOV", "counterpart": "GOV", "leader": "GOV", "governor": "GOV", "mayor": "GOV",
    "diplomat": "GOV", "negotiator": "GOV", "monarch": "GOV", "official": "GOV",
    "representative": "GOV", "aide": "GOV", "chief": "GOV", "head": "GOV", "director": "GOV",
    "chairman": "GOV", "chairwoman": "GOV", "chair": "GOV", "vice-president": "GOV",
    "secretary-general": "IGO", "commissioner": "GOV", "pope": "GOV", "ayatollah": "GOV",
    "general": "MIL", "gen.": "MIL", "admiral": "MIL", "commander": "MIL", "commander-in-chief": "MIL", "colonel": "MIL",
    "marshal": "MIL", "lt.": "MIL", "capt.": "MIL", "brigadier": "MIL", "brig.": "MIL", "col.": "MIL", "lieutenant": "MIL",
    "sergeant": "MIL", "sgt.": "MIL", "senator": "LEG", "sen.": "LEG", "lawmaker": "LEG", "congressman": "LEG",
    "congresswoman": "LEG", "legislator": "LEG", "speaker": "LEG", "mp": "LEG", "rep.": "LEG",
    "judge": "JUD", "prosecutor": "JUD", "justice": "JUD", "attorney": "JUD",
    "ceo": "BUS", "executive": "BUS", "activist": "CVL", "mr.": "", "mrs.": "", "ms.": "",
    "mr": "", "mrs": "", "ms": "", "dr.": "", "dr": "", "dame": "", "sir": "", "lord": "",
  ]

  /// Words that can precede a title head ("Foreign", "Prime", "Special").
  static let titleModifiers: Set<String> = [
    "foreign", "prime", "vice", "deputy", "special", "senior", "top", "acting", "interior", "policy", "federal",
    "finance", "external", "affairs", "defence", "defense", "national", "security", "crown",
    "supreme", "presidential", "chief", "state", "assistant", "first", "under", "permanent",
    "economy", "economic", "trade", "energy", "justice", "health", "foreign-policy", "army",
    "military", "police", "opposition", "rebel", "spy", "intelligence", "un", "u.n.", "eu",
    "nato", "us", "u.s.", "white", "house", "kremlin", "press", "ministry", "government",
    "former", "new", "outgoing", "incoming", "regional", "high", "executive", "general",
    "peace", "lead", "staff", "head", "external-affairs", "current", "then", "ousted",
    "deposed", "exiled", "ex", "lieutenant", "lt.", "lt", "maj.", "major", "brig.", "brigadier",
    "col.", "lt.-gen.", "rear", "air", "naval", "navy", "cabinet", "junior", "chief-of-staff",
  ]

  /// Title heads of international offices, which no country's context places.
  static let internationalTitles: Set<String> = ["secretary-general", "pope", "commissioner", "envoy", "representative", "mediator"]

  /// Title modifiers that make the holder a former office holder (sector ELI).
  static let formerWords: Set<String> = ["former", "ousted", "deposed", "exiled", "ex"]

  /// Title modifiers about time that do not name the office ("current", "new").
  static let timeWords: Set<String> = ["new", "current", "then", "outgoing", "incoming", "acting"]

  /// Title heads held by civilians even when a military word precedes them ("Defence Minister").
  static let civilianHeads: Set<String> = [
    "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "undersecretary", "ministry",
  ]

  /// "1st", "18th", "twenty-third": an ordinal before a title.
  static func isOrdinal(_ lower: String) -> Bool {
    // Most words start with an ASCII letter, which is no number.
    if let byte = lower.utf8.first, byte < 0x80, !(byte >= 0x30 && byte <= 0x39) { return false }
    let suffixes = ["st", "nd", "rd", "th"]
    guard let first = lower.first, first.isNumber else { return false }
    return suffixes.contains { lower.hasSuffix($0) } && lower.dropLast(2).allSatisfy(\.isNumber)
  }

  /// Words after "of" or "for" inside a title ("Secretary of State", "Minister for Foreign Affairs").
  static let titleOfWords: Set<String> = [
    "state", "defense", "defence", "foreign", "affairs", "external", "interior", "staff",
    "finance", "the", "treasury", "homeland", "security", "justice", "trade", "commerce",
  ]

  /// Descriptions that refer to two or more actors named before.
  static let pluralReferences: [[String]] = [
    ["the", "two", "ministers"], ["the", "two", "leaders"], ["the", "two", "sides"],
    ["both", "sides"], ["both", "leaders"], ["both", "ministers"], ["the", "two", "men"],
    ["the", "two", "presidents"], ["the", "two", "countries"], ["both", "countries"],
    ["the", "officials"], ["the", "ministers"], ["the", "leaders"], ["the", "sides"],
    ["the", "two", "officials"], ["the", "two", "diplomats"], ["the", "diplomats"],
    ["the", "two", "heads", "of", "state"], ["the", "pair"], ["they"],
    ["the", "two", "delegations"], ["both", "delegations"], ["the", "delegations"],
    ["the", "two", "governments"], ["both", "governments"], ["the", "two", "teams"],
  ]

  /// Singular descriptions and pronouns that refer to one actor named before,
  /// by the head word that must match the antecedent's title (nil: any person).
  static let singularReferenceHeads: [String: String?] = [
    "he": nil, "she": nil, "minister": "minister", "president": "president",
    "secretary": "secretary", "envoy": "envoy", "leader": nil, "chancellor": "chancellor",
    "premier": "premier", "diplomat": nil, "ambassador": "ambassador", "official": nil,
    "spokesman": "spokesman", "spokeswoman": "spokeswoman", "king": "king", "emir": "emir",
    "ministry": "ministry", "prime": "prime",
  ]

  /// Particles inside personal names ("bin", "al", "van", "de").
  static let nameParticles: Set<String> = [
    "bin", "bint", "ibn", "al", "el", "de", "da", "di", "dos", "du", "van", "von", "der", "den",
    "la", "le", "ter", "abu", "ben", "del",
  ]

  /// Capitalised words that never start or make up a personal name.
  static let notNames: Set<String> = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those",
    "his", "her", "their", "its", "our", "and", "or", "but", "in", "on", "at", "for", "with",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow", "sorry", "error", "comments",
    "calling", "after", "before", "during", "while", "when", "as", "if", "also", "meanwhile",
    "however", "speaking", "according", "state", "department", "ministry", "office", "house",
    "white", "council", "union", "nations", "united", "minister", "president", "foreign",
    "secretary", "republic", "kingdom", "federation", "agency", "news", "press", "north",
    "south", "east", "west", "central", "new", "last", "next", "both", "two", "three",
    "reuters", "there", "here", "what", "who", "why", "how", "where", "all", "some", "many",
    // Sentence openers that headlines and captions run into names ("Because Obama …",
    // "Though Weiner …", "Under Putin …", "MUST WATCH").
    "because", "though", "although", "under", "no", "not", "must", "watch", "yet", "still",
    "even", "only", "now", "then", "so", "just", "once", "perhaps", "maybe", "indeed",
    "instead", "despite", "since", "until", "unless", "whether", "thus", "hence",
    "breaking", "exclusive", "update", "updated", "live", "video", "photos", "photo", "read",
    "more", "opinion", "analysis", "editorial", "share", "tweet", "email", "print", "follow",
  ]

  /// Last words that make a capitalised phrase a thing's name, not a person's, even after a
  /// given name ("Roman Catholic Church", "Ronald Reagan Airport", "John Paul Street").
  static let thingNameEnds: Set<String> = [
    "church", "party", "summit", "conference", "forum", "street", "avenue", "road", "square",
    "airport", "university", "college", "school", "institute", "center", "centre", "foundation",
    "hospital", "bridge", "station", "library", "museum", "hall", "park", "building", "tower",
    "plaza", "memorial", "award", "prize", "act", "law", "bill", "doctrine", "plan", "report",
    "campaign", "fund", "group", "company", "corporation", "inc", "bank", "club", "stadium",
    "arena", "island", "islands", "river", "lake", "mountain", "county", "city", "district",
    "province", "region", "administration", "era", "presidency", "show", "times",
    "post", "journal", "network", "channel", "radio", "television", "tv", "day", "week",
  ]

  /// Nouns of a text someone delivers, which a headline names with "by" or "of" and its
  /// speaker ("Address by …", "Speech of …").
  static let speechNouns: Set<String> = [
    "address", "speech", "statement", "remarks", "message", "appeal", "addresses", "briefing",
  ]
}
