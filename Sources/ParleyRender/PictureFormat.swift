import Foundation

/// A file format for the pictures, rendered by Graphviz's own plugins.
public enum PictureFormat: String, Sendable, CaseIterable, Comparable {
  /// Scalable vector graphics (Graphviz's core renderer), with `<title>` and `<desc>`.
  case svg
  /// A raster image (Graphviz's cairo renderer), 96 dpi.
  case png
  /// A PDF page (Graphviz's cairo renderer).
  case pdf

  /// The name Graphviz knows the format by.
  var graphvizName: String {
    switch self {
    case .svg: return "svg"
    case .png: return "png:cairo"
    case .pdf: return "pdf:cairo"
    }
  }

  /// The formats named in a comma-separated list such as `svg,png`, or nil when one is unknown.
  public static func list(_ text: String) -> [PictureFormat]? {
    var out: [PictureFormat] = []
    for part in text.split(separator: ",") {
      guard let f = PictureFormat(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
      if !out.contains(f) { out.append(f) }
    }
    return out.isEmpty ? nil : out.sorted()
  }

  public static func < (a: PictureFormat, b: PictureFormat) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
