/// A word or phrase that signals an interaction, with how to find its arguments.
struct Trigger: Sendable, Hashable {
  /// Part of speech of the trigger's head.
  enum Form: Sendable, Hashable { case verb, noun }

  /// The lowercase tokens of the phrase ("call", "on").
  var tokens: [String]
  var type: InteractionType
  var mode: String?
  var form: Form
  /// Prepositions that introduce the recipient ("with", "to", "against").
  var preps: Set<String>
  /// Whether the recipient can follow directly ("met Rubio", "accused Israel").
  var takesDirectObject: Bool
  /// Whether the interaction is mutual (talks, calls, agreements between sides).
  var isMutual: Bool
  /// The status the trigger itself implies ("invited … to visit" → planned).
  var impliedStatus: InteractionStatus? = nil
  /// Whether the sides after "between" are the recipients ("mediated between A and B").
  var betweenAreRecipients = false
  /// Whether the recipient may open a "that" clause ("demanded that X withdraw").
  var takesThatClause = false
  /// Whether an aid noun must follow ("sent arms to X").
  var needsAidNoun = false
  /// Whether the subject receives the act from the object ("drew criticism from X": X
  /// criticised the subject).
  var isReceived = false
  /// The phrase's past-tense forms, for dating ("met" is past, "meets" is not).
  var pastForms: [String] = []
  /// Whether the matched form is the base or third-person form ("support", "demands"),
  /// which can also be a noun.
  var isBaseOrThirdPerson = false

  /// Whether the matched words are a past-tense form ("met", "spoke").
  var isPastForm: Bool { pastForms.contains(tokens.joined(separator: " ")) }
}
