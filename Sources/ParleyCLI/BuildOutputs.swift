import Foundation
import ParleyExport
import ParleyGraph
import ParleyRender

/// Everything `parley build` writes for a graph: the data files, both diagrams' DOT
/// sources, their SVGs (or PNG and PDF with `--format`) and `report.html`.
enum BuildOutputs {
  /// Writes all outputs of `graph` to `directory` as one unit (locked, staged, swapped in).
  /// - Throws: ``OutputError``, encoding or ``GraphvizError`` errors.
  static func write(_ graph: EventGraph, to directory: String) throws {
    let folder = try OutputFolder(path: directory)
    defer { folder.discard() }
    try write(graph, into: folder)
    try folder.commit()
  }

  /// Writes all outputs of `graph` into the temporary folder of `folder` (not committed).
  /// - Throws: ``OutputError``, encoding or ``GraphvizError`` errors.
  static func write(
    _ graph: EventGraph, into folder: OutputFolder, run: HTMLReport.Run? = nil, formats: [PictureFormat] = [.svg],
    viewNote: String? = nil
  ) throws {
    try OutputWriter.dataFiles(of: graph) { try folder.write(named: $0, streaming: $1) }
    var network = NetworkDiagram(graph: graph)
    network.viewNote = viewNote
    var timeline = TimelineDiagram(graph: graph)
    timeline.viewNote = viewNote
    try folder.write(network.dot(), named: "network.dot")
    try folder.write(timeline.dot(), named: "timeline.dot")
    let networkSVG = try network.svg()
    let timelineSVG = try timeline.svg()
    for format in formats {
      switch format {
      case .svg:
        try folder.write(networkSVG, named: "network.svg")
        try folder.write(timelineSVG, named: "timeline.svg")
      case .png, .pdf:
        try folder.write(Data(network.rendered(as: format)), named: "network.\(format.rawValue)")
        try folder.write(Data(timeline.rendered(as: format)), named: "timeline.\(format.rawValue)")
      }
    }
    let report = HTMLReport(
      graph: graph, run: run ?? HTMLReport.Run(articlesRead: Set(graph.mentions.map(\.article)).count),
      network: network, timeline: timeline)
    try folder.write(report.html(networkSVG: networkSVG, timelineSVG: timelineSVG), named: "report.html")
  }
}
