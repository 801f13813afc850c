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
    case "GOV": return "#cfe0f6"
    case "MIL": return "#f4cfcb"
    case "IGO": return "#cdebd6"
    case "LEG": return "#e4d5f2"
    case "REB", "OPP": return "#ffe2a8"
    case "MED": return "#e4e4e4"
    default: return "#fdfdf6"
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

extension Palette {
  /// The quad classes with their line colours, for legends.
  static let quadLegend: [(name: String, color: String)] = [
    ("verbal cooperation", color(for: .consult)), ("material cooperation", color(for: .aid)),
    ("verbal conflict", color(for: .accuse)), ("material conflict", color(for: .assault)),
  ]
  /// The sectors with their fills, for legends.
  static let sectorLegend: [(name: String, color: String)] = [
    ("government", fill(forSector: "GOV")), ("military", fill(forSector: "MIL")),
    ("intergovernmental", fill(forSector: "IGO")), ("legislature", fill(forSector: "LEG")),
    ("rebels, opposition", fill(forSector: "REB")), ("media", fill(forSector: "MED")),
    ("other", fill(forSector: nil)),
  ]
}
