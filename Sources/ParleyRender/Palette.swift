import ParleyExtract

/// Colours and shapes for actors and interaction types.
enum Palette {
  static func color(for type: InteractionType) -> String {
    switch type.quadClass {
    case .verbalCooperation: return "#2b7bba"
    case .materialCooperation: return "#1a9850"
    case .verbalConflict: return "#f28e2b"
    case .materialConflict: return "#d73027"
    }
  }

  static func fill(forSector sector: String?) -> String {
    switch sector {
    case "GOV": return "#e8f0fb"
    case "MIL": return "#f6e3e1"
    case "IGO": return "#e6f4ea"
    case "LEG": return "#f3ecf9"
    case "REB", "OPP": return "#fff1d6"
    case "MED": return "#eeeeee"
    default: return "#ffffff"
    }
  }

  static func shape(for kind: ActorKind) -> String {
    switch kind {
    case .person: return "ellipse"
    case .government: return "box"
    case .organization: return "hexagon"
    case .country: return "doubleoctagon"
    case .group: return "octagon"
    }
  }
}
