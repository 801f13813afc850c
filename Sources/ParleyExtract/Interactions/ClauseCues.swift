/// Words that bound clauses and signal the status of an interaction.
enum ClauseCues {
  /// Tokens that end the search for a subject or an object.
  static let boundaries: Set<String> = [
    ".", ";", ":", "said", "says", "say", "told", "stated", "added", "noted", "reported",
    "announced", "that", "which", "while", "whereas", "but", "because", "although", "though",
    "when", "after", "before", "since", "as", "where", "(", ")", "?", "!", "according",
  ]

  /// Prepositions after which an actor is a topic or place, not a participant.
  static let topicPrepositions: Set<String> = [
    "of", "in", "on", "about", "over", "from", "for", "into", "across", "near", "by", "at",
    "regarding", "concerning", "including", "toward", "towards", "amid", "within", "to",
    "against", "with", "between", "among", "throughout", "inside", "outside",
  ]

  /// Words that may stand between a verb and its direct object.
  static let objectFillers: Set<String> = [
    "the", "a", "an", "his", "her", "their", "its", "visiting", "top", "senior", "fellow", "new",
    "both", "also", "once", "again", "personally", "directly", "separately",
  ]

  /// Prepositions that can introduce the recipient deep in a complement
  /// ("threatened to cut off electricity to X", "sent inspectors to a site in X").
  static let complementPrepositions: Set<String> = [
    "to", "against", "in", "on", "at", "with", "from", "into", "toward", "towards",
  ]

  /// Plural nouns for people that "of" joins to their countries ("the leaders of A and B").
  static let groupNouns: Set<String> = [
    "ministers", "leaders", "presidents", "heads", "representatives", "delegations", "officials",
    "envoys", "diplomats", "negotiators", "delegates", "governments", "chiefs",
    // quantities of people: "thousands of students marched"
    "hundreds", "thousands", "dozens", "scores", "tens", "millions", "group", "groups", "crowd",
    "crowds", "members", "band", "contingent", "busloads", "batch",
  ]

  /// Auxiliaries and adverbs between a subject and its verb ("has refused", "will not").
  static let auxiliaries: Set<String> = [
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "do",
    "also", "again", "has been", "reportedly", "today", "yesterday", "now", "already", "since",
  ]

  /// Nouns for what one side puts to another, whose author follows "by" or "from".
  static let proposalNouns: Set<String> = [
    "appeal", "appeals", "call", "calls", "demand", "demands", "request", "requests", "offer",
    "offers", "proposal", "proposals", "plan", "ultimatum", "pressure", "criticism",
    "invitation", "suggestion", "initiative", "bid", "warning", "threat", "threats", "accusations",
    "allegations", "charges", "statement", "remarks", "decision", "resolution", "move",
  ]

  static let negations: Set<String> = ["not", "n't", "never", "no", "without", "neither", "nor"]

  /// Verbs that put an embedded report in doubt: "denied reports that A met B".
  static let denials: Set<String> = ["denied", "denies", "deny", "denying", "dismissed", "refuted"]

  static let hypothetical: Set<String> = [
    "would", "could", "might", "may", "if", "unless", "whether", "ready", "willing", "prepared",
    "open", "possible", "possibly", "potential", "hopes", "hoped", "hope", "seek", "seeks", "sought",
    "seeking",
    "want", "wants", "wanted", "readiness", "willingness", "possibility", "prospect", "idea",
    "chance", "proposal",
  ]

  static let planned: Set<String> = [
    "will", "'ll", "shall", "due", "plans", "plan", "planned", "planning", "scheduled", "expected",
    "set", "upcoming", "next", "intends", "intend", "going", "invited", "aims", "agreed",
    "decided", "proposed", "offered", "arrange", "arranged", "preparing",
  ]
}
