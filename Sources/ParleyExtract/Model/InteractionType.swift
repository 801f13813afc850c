/// The 16 PLOVER event types.
public enum InteractionType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case agree = "AGREE"
  case consult = "CONSULT"
  case support = "SUPPORT"
  case concede = "CONCEDE"
  case cooperate = "COOPERATE"
  case aid = "AID"
  case retreat = "RETREAT"
  case request = "REQUEST"
  case accuse = "ACCUSE"
  case reject = "REJECT"
  case threaten = "THREATEN"
  case protest = "PROTEST"
  case sanction = "SANCTION"
  case mobilize = "MOBILIZE"
  case coerce = "COERCE"
  case assault = "ASSAULT"

  /// PLOVER's quad class: verbal or material, cooperation or conflict.
  public var quadClass: QuadClass {
    switch self {
    case .agree, .consult, .support, .concede: return .verbalCooperation
    case .cooperate, .aid, .retreat: return .materialCooperation
    case .request, .accuse, .reject, .threaten: return .verbalConflict
    case .protest, .sanction, .mobilize, .coerce, .assault: return .materialConflict
    }
  }

  /// Whether the type is cooperative (used for edge colours).
  public var isCooperative: Bool {
    quadClass == .verbalCooperation || quadClass == .materialCooperation
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// PLOVER's four quad classes.
public enum QuadClass: String, Sendable, Hashable, Codable {
  case verbalCooperation = "verbal-cooperation"
  case materialCooperation = "material-cooperation"
  case verbalConflict = "verbal-conflict"
  case materialConflict = "material-conflict"
}

/// What the text says about whether an interaction took place.
public enum InteractionStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// Reported as having happened.
  case occurred
  /// Announced, scheduled or intended ("will meet", "is due to visit").
  case planned
  /// Denied or said not to have happened ("did not meet").
  case negated
  /// Conditional or offered ("is ready to meet", "would meet if").
  case hypothetical

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
