import Foundation
import ParleyExport
import ParleyGraph
import ParleyRender

/// Everything `parley build` writes for a graph: the data files, both diagrams' DOT
/// sources, their SVGs (or PNG and PDF with `--format`) and `report.html`.
enum BuildOutputs {
  /// The file names of the pictures in `format`.
  static func pictureFiles(_ format: PictureFormat) -> [String] {
    ["network.\(format.rawValue)", "timeline.\(format.rawValue)"]
  }

  /// The DOT sources of both diagrams.
  static let dotFiles = ["network.dot", "timeline.dot"]

  /// The report.
  static let reportFile = "report.html"

  /// Writes all outputs of `graph` to `directory` as one unit (locked, staged, swapped in).
  /// - Throws: ``OutputError``, encoding or ``GraphvizError`` errors.
  static func write(_ graph: EventGraph, to directory: String) throws {
    let folder = try OutputFolder(path: directory)
    defer { folder.discard() }
    try write(graph, into: folder)
    try folder.commit()
  }

  /// Writes the outputs of `graph` into the temporary folder of `folder` (not committed):
  /// the data files, the DOT sources, the pictures in `formats` and the report; with
  /// `only`, just the files of those names (what `parley export --format` asks for).
  /// `lanes` (actor ids, as ``ViewedGraph/namedActors`` gives them for `--actor`) get the
  /// timeline's first lanes.
  /// - Throws: ``OutputError``, encoding or ``GraphvizError`` errors.
  static func write(
    _ graph: EventGraph, into folder: OutputFolder, run: HTMLReport.Run? = nil, formats: [PictureFormat] = [.svg],
    viewNote: String? = nil, lanes: [String] = [], only: Set<String>? = nil
  ) throws {
    func wanted(_ name: String) -> Bool { only?.contains(name) ?? true }
    try OutputWriter.dataFiles(of: graph) { name, produce in
      if wanted(name) { try folder.write(named: name, streaming: produce) }
    }
    let pictures = only.map { names in PictureFormat.allCases.filter { pictureFiles($0).contains(where: names.contains) } } ?? formats
    guard !pictures.isEmpty || wanted(reportFile) || dotFiles.contains(where: wanted) else { return }
    var network = NetworkDiagram(graph: graph)
    network.viewNote = viewNote
    var timeline = TimelineDiagram(graph: graph, lanes: lanes)
    timeline.viewNote = viewNote
    if wanted("network.dot") { try folder.write(network.dot(), named: "network.dot") }
    if wanted("timeline.dot") { try folder.write(timeline.dot(), named: "timeline.dot") }
    guard !pictures.isEmpty || wanted(reportFile) else { return }
    let networkSVG = try network.svg()
    let timelineSVG = try timeline.svg()
    for format in pictures {
      switch format {
      case .svg:
        try folder.write(networkSVG, named: "network.svg")
        try folder.write(timelineSVG, named: "timeline.svg")
      case .png, .pdf:
        try folder.write(Data(network.rendered(as: format)), named: "network.\(format.rawValue)")
        try folder.write(Data(timeline.rendered(as: format)), named: "timeline.\(format.rawValue)")
      }
    }
    guard wanted(reportFile) else { return }
    let report = HTMLReport(
      graph: graph, run: run ?? HTMLReport.Run(articlesRead: Set(graph.mentions.map(\.article)).count),
      network: network, timeline: timeline)
    try folder.write(report.html(networkSVG: networkSVG, timelineSVG: timelineSVG), named: reportFile)
  }
}
