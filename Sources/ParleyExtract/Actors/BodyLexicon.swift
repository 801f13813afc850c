/// Head nouns of the bodies and groups a country adjective or possessive can
/// name ("Russian Foreign Ministry", "Afghan rebels", "two Chinese warplanes"),
/// with the words that may stand between the country and the head.
enum BodyLexicon {
  /// A body: the name it takes after the country's adjective, and its sector.
  typealias Body = (name: String, sector: String)

  /// Head phrases (lowercased, space-separated) → body.
  static let heads: [String: Body] = {
    var table: [String: Body] = [:]
    func add(_ name: String, _ sector: String, _ phrases: [String]) {
      for p in phrases { table[p] = (name, sector) }
    }
    add("Foreign Ministry", "GOV", [
      "foreign ministry", "ministry of foreign affairs", "foreign affairs ministry",
      "foreign office", "ministry of external affairs", "external affairs ministry",
      "state department",
    ])
    add("Defence Ministry", "GOV", [
      "defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
      "defense department", "defence department", "department of defense",
    ])
    add("Interior Ministry", "GOV", [
      "interior ministry", "ministry of interior", "ministry of the interior",
    ])
    add("Government", "GOV", [
      "government", "cabinet", "administration", "authorities", "officials", "official",
      "diplomats", "diplomat", "delegation", "delegates", "leadership", "presidency",
      "negotiators", "negotiator", "leaders", "regime", "junta", "ministry", "ministries",
      "government officials", "state officials", "envoys", "mediators", "delegations", "negotiating team",
      "negotiating teams", "team", "teams",
    ])
    add("Embassy", "GOV", ["embassy", "embassies", "consulate", "mission"])
    add("Central Bank", "GOV", ["central bank"])
    add("Military", "MIL", [
      "army", "military", "forces", "troops", "armed forces", "soldiers", "soldier", "navy",
      "air force", "warships", "warship", "warplanes", "warplane", "jets", "fighter jets",
      "fighter planes", "planes", "bombers", "gunships", "aircraft", "military aircraft", "drones", "helicopters", "submarine",
      "submarines", "tanks", "artillery", "fleet", "coast guard", "national guard",
      "border guards", "peacekeepers", "marines", "paratroopers", "special forces",
      "commandos", "gunboats", "destroyer", "destroyers", "frigate", "frigates",
      "naval vessels", "military officials", "generals", "commanders", "defence forces",
      "defense forces",
    ])
    add("Police", "COP", [
      "police", "policemen", "police officers", "riot police", "security forces",
      "border police", "immigration officers", "immigration inspectors", "gendarmes",
      "gendarmerie", "interior ministry troops", "police force", "prosecutors' office",
    ])
    add("Intelligence", "SPY", [
      "intelligence", "intelligence service", "intelligence services", "intelligence agency",
      "intelligence agencies", "spy agency", "spies", "secret service", "intelligence officials",
      "intelligence officers",
    ])
    add("Parliament", "LEG", [
      "parliament", "lawmakers", "legislators", "legislature", "senators", "parliamentarians",
      "mps", "congress", "senate", "national assembly", "parliamentary delegation",
    ])
    add("Judiciary", "JUD", [
      "court", "courts", "supreme court", "high court", "constitutional court", "judiciary",
      "judges", "prosecutors",
    ])
    add("Rebels", "REB", [
      "rebels", "rebel", "insurgents", "militants", "guerrillas", "guerillas", "separatists", "jihadists",
      "extremists", "militia", "militias", "rebel groups", "rebel forces", "insurgent groups",
    ])
    add("Opposition", "OPP", ["opposition", "dissidents", "opposition parties", "opposition groups"])
    add("Party", "PTY", ["ruling party", "parties", "political parties"])
    // "the Russian party", "the Ukrainian side" in diplomatic readouts: the government.
    add("Government", "GOV", ["party", "side", "sides"])
    add("Protesters", "CVL", ["protesters", "protester", "protestors", "protestor", "demonstrators", "rioters", "strikers"])
    add("Civilians", "CVL", [
      "civilians", "residents", "villagers", "citizens", "nationals", "people", "tourists",
      "activists", "hostages", "pilgrims",
    ])
    add("Refugees", "REF", ["refugees", "migrants", "asylum seekers", "displaced"])
    add("Business", "BUS", [
      "companies", "firms", "businesses", "businessmen", "businessman", "airlines", "investors", "exporters",
      "banks", "traders",
    ])
    add("Workers", "LAB", ["workers", "unions", "trade unions", "labor unions", "labour unions"])
    add("Farmers", "AGR", ["farmers", "agricultural workers"])
    add("Doctors", "HLH", ["doctors", "health workers", "medics", "nurses"])
    add("Aid Groups", "NGO", [
      "aid groups", "aid workers", "aid agencies", "charities", "rights groups",
      "human rights groups", "humanitarian groups",
    ])
    add("Mercenaries", "UAF", ["mercenaries", "gunmen"])
    add("Criminals", "CRM", [
      "gangs", "cartels", "cartel", "smugglers", "traffickers", "criminals", "pirates",
      "gangsters", "drug cartels", "crime groups",
    ])
    add("Clergy", "REL", ["clerics", "clergy", "bishops", "imams", "church"])
    add("Civilians", "CVL", [
      "relatives", "drivers", "taxi drivers", "netizens", "netizen", "political prisoners",
      "prisoners", "youths", "families",
    ])
    add("Officers", "GOV", ["officer", "officers", "personnel"])
    add("Clergy", "REL", ["cleric", "bishop", "imam", "priest", "priests", "monks"])
    add("Mercenaries", "UAF", ["gunman", "paramilitaries", "paramilitary group"])
    add("Criminals", "CRM", ["gangster", "gang", "syndicate", "criminal", "smuggler"])
    add("Experts", "EDU", ["experts", "scientists", "academics", "students", "universities"])
    add("Rebels", "REB", ["militiamen", "bombers", "suicide bombers", "fundamentalists", "fighters"])
    add("Civilians", "CVL", [
      "landowners", "settlers", "supporters", "immigrants", "detainees", "fishermen", "crowds",
      "mobs", "inhabitants",
    ])
    add("Criminals", "CRM", ["hackers"])
    add("Civilians", "CVL", [
      "elders", "journalists", "journalist", "people", "persons", "women", "children", "teachers",
      "missionary", "missionaries", "tourist", "engineers", "aid workers", "citizen", "national",
      "student", "volunteers", "pilgrim", "hostage",
    ])
    add("Opposition", "OPP", ["opponents", "political opponents", "critics"])
    add("Rebels", "REB", [
      "rebel group", "armed group", "armed groups", "militant group", "militant groups",
      "guerrilla group", "rebel movement", "guerrilla movement", "insurgent group",
    ])
    // Ethnic and religious communities: "Iraqi Kurds", "Kurds in Syria".
    for (name, words) in BodyLexicon.communities {
      add(name, BodyLexicon.religiousCommunities.contains(name) ? "REL" : "CVL", words)
    }
    return table
  }()

  /// Ethnic and religious communities by name, with the words that name them.
  static let communities: [(String, [String])] = [
    ("Kurds", ["kurds"]), ("Shiites", ["shiites", "shias", "shia muslims"]),
    ("Sunnis", ["sunnis", "sunni muslims"]), ("Christians", ["christians"]),
    ("Muslims", ["muslims", "moslems"]), ("Hindus", ["hindus"]), ("Sikhs", ["sikhs"]),
    ("Jews", ["jews"]), ("Arabs", ["arabs"]), ("Tamils", ["tamils"]), ("Hutus", ["hutus", "hutu"]),
    ("Tutsis", ["tutsis", "tutsi"]), ("Druze", ["druze"]), ("Copts", ["copts"]),
    ("Pashtuns", ["pashtuns"]), ("Uyghurs", ["uyghurs", "uighurs"]), ("Berbers", ["berbers"]),
    ("Roma", ["roma"]), ("Rohingya", ["rohingya"]), ("Baluch", ["baluch", "baloch"]),
    ("Yoruba", ["yoruba"]), ("Igbo", ["igbo", "ibo"]), ("Hausa", ["hausa"]), ("Kikuyu", ["kikuyu"]),
    ("Zulus", ["zulus", "zulu"]), ("Hazaras", ["hazaras", "hazara"]), ("Tuareg", ["tuareg", "tuaregs"]),
    ("Oromo", ["oromo"]), ("Amhara", ["amhara"]), ("Dinka", ["dinka"]), ("Nuer", ["nuer"]),
    ("Karen", ["karen"]), ("Kachin", ["kachin"]), ("Sinhalese", ["sinhalese"]), ("Alawites", ["alawites"]),
  ]

  /// Communities coded as religious (REL) rather than civilian (CVL).
  static let religiousCommunities: Set<String> = ["Shiites", "Sunnis", "Christians", "Muslims", "Hindus", "Sikhs", "Jews", "Copts"]

  /// Heads that name an actor even without a country ("rebels", "the authorities",
  /// "thousands of students"): the sentence or the article says whose they are.
  /// Titles of individuals and vague words ("officials", "leaders", "people") are left out:
  /// alone they are reporters and bystanders more often than actors.
  static let unplacedHeads: Set<String> = [
    "government", "authorities", "regime", "junta", "cabinet", "administration", "army",
    "troops", "soldiers", "armed forces", "security forces", "police", "policemen",
    "riot police", "parliament", "rebels", "rebel forces", "rebel groups", "insurgents",
    "militants", "guerrillas", "guerillas", "separatists", "jihadists", "extremists", "militia",
    "militias", "militiamen", "fundamentalists", "gunmen", "paramilitaries", "opposition",
    "opposition parties", "opposition groups", "dissidents", "protesters", "demonstrators",
    "rioters", "strikers", "students", "workers", "farmers", "protestors", "court", "supreme court",
    "landowners", "refugees", "prisoners", "detainees", "villagers", "residents", "civilians",
    "settlers", "youths", "activists", "supporters", "hackers", "crowds", "mobs", "kurds",
    "shiites", "shias", "sunnis", "tamils", "hutus", "tutsis", "druze", "copts", "pashtuns",
    "uyghurs", "uighurs", "berbers", "rohingya", "elders", "journalists", "journalist",
    "opponents", "political opponents", "rebel group", "armed group", "armed groups",
    "militant group", "militant groups", "guerrilla group", "rebel movement", "guerrilla movement",
    "insurgent group", "people", "persons", "teachers", "missionary", "missionaries", "tourist",
    "tourists", "engineers", "aid workers", "citizen", "national", "nationals", "student",
    "volunteers", "pilgrims", "hostages", "yoruba", "igbo", "ibo", "hausa", "kikuyu",
    "zulus", "hazaras", "tuareg", "tuaregs", "oromo", "amhara", "dinka", "nuer", "kachin",
    "sinhalese", "alawites",
  ]

  /// Unplaced heads that name actors only after a number or quantity ("23 people",
  /// "thousands of people"): alone they are everyone.
  static let countedHeads: Set<String> = ["people", "persons"]

  /// Bodies whose actor is the country itself rather than a named body.
  static let countryLevelBodies: Set<String> = ["Government"]

  /// Sectors of state bodies; other bodies are groups of people.
  static let stateSectors: Set<String> = ["GOV", "MIL", "COP", "LEG", "JUD", "SPY"]

  /// Longest head phrase, in tokens.
  static let maxHeadLength = 3

  /// Heads after which "of <Name>" belongs to the body ("Ministry of Mines").
  static let takesOf: Set<String> = [
    "union", "ministry", "department", "office", "council", "commission", "court", "bank", "agency",
    "service", "committee", "authority", "ministries",
  ]

  /// Heads that may follow capitalised words of a proper name ("Baltic Fleet",
  /// "Ombudsman's Office", "Defense Department"), with the sector they give.
  static let namedHeads: [String: String] = [
    "fleet": "MIL", "ministry": "GOV", "department": "GOV", "office": "GOV", "bank": "GOV",
    "council": "GOV", "commission": "GOV", "court": "JUD", "agency": "GOV", "service": "GOV",
    "guard": "MIL", "command": "MIL", "army": "MIL", "navy": "MIL", "party": "PTY",
    "assembly": "LEG", "committee": "GOV", "authority": "GOV", "forces": "MIL", "police": "COP",
    "corps": "MIL", "brigade": "MIL", "division": "MIL", "regiment": "MIL", "union": "LAB",
  ]

  /// Named heads that also stand lowercased ("Norway's central bank", "the ministry").
  static let lowercaseNamedHeads: Set<String> = [
    "ministry", "department", "office", "bank", "fleet", "navy", "army", "police", "party",
    "court",
  ]

  /// Words between a country and a head that refine the sector of person heads
  /// ("intelligence officials", "rebel leaders"); nil keeps the head's sector.
  static let modifiers: [String: String?] = [
    "senior": nil, "top": nil, "local": nil, "regional": nil, "state": nil, "federal": nil,
    "provincial": nil, "ruling": nil, "armed": nil, "heavily": nil, "high-ranking": nil,
    "junior": nil, "new": nil, "interim": nil, "transitional": nil, "elected": nil,
    "official": nil, "diplomatic": nil, "government": "GOV", "intelligence": "SPY",
    "spy": "SPY", "rebel": "REB", "insurgent": "REB", "militant": "REB", "military": "MIL",
    "army": "MIL", "naval": "MIL", "navy": "MIL", "defence": "MIL", "defense": "MIL",
    "security": nil, "police": "COP", "opposition": "OPP", "former": "ELI", "ex": "ELI",
    "antiwar": "OPP", "anti-war": "OPP", "pro-democracy": "OPP", "anti-government": "OPP",
    "agricultural": "AGR", "health": nil, "medical": nil, "aid": nil, "border": nil,
    "riot": nil, "special": nil, "immigration": nil, "coast": nil, "fighter": nil,
    "peace": nil, "trade": nil, "drug": nil, "crime": nil, "humanitarian": nil, "rights": nil,
    "human": nil, "secret": nil, "central": nil, "supreme": nil, "high": nil,
    "constitutional": nil, "national": nil, "air": nil, "foreign": nil, "interior": nil,
    "parliamentary": nil, "legislative": nil, "prosecutors'": nil, "communist": nil,
    "nationalist": nil, "islamist": nil, "kurdish": nil, "muslim": "REL", "christian": "REL",
    "jewish": "REL", "catholic": "REL", "buddhist": "REL", "hindu": "REL", "religious": "REL",
    "community": nil, "prominent": nil, "moslem": "REL", "islamic": nil, "fundamentalist": nil,
    "ethnic": nil, "young": nil, "angry": nil, "university": nil, "radical": nil,
    "hardline": nil, "striking": nil, "kurd": nil, "shiite": nil, "sunni": nil, "shia": nil,
    "tamil": nil, "hutu": nil, "tutsi": nil, "main": nil, "traditional": nil, "political": nil, "peacekeeping": nil, "peace-keeping": nil, "unarmed": nil, "student": nil, "tribal": nil,
  ]

  /// Person heads whose sector a modifier replaces ("military officials" → MIL).
  static let refinableHeads: Set<String> = [
    "officials", "official", "leaders", "sources", "members", "personnel", "representatives",
    "delegation", "delegates", "commanders", "officers", "negotiators", "diplomats", "groups",
    "forces", "fighters", "protesters", "demonstrators", "activists", "workers",
  ]

  /// The body name a modifier gives a refined head ("Afghan rebel leaders" → Rebels).
  static let modifierNames: [String: String] = [
    "REB": "Rebels", "SPY": "Intelligence", "MIL": "Military", "COP": "Police",
    "OPP": "Opposition", "GOV": "Government", "ELI": "Former Officials", "AGR": "Farmers",
  ]
}
