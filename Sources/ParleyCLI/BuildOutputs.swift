import ParleyExport
import ParleyGraph
import ParleyRender

/// Everything `parley build` writes for a graph: the data files, both diagrams' DOT
/// sources and their SVGs.
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
  static func write(_ graph: EventGraph, into folder: OutputFolder) throws {
    for file in try OutputWriter.dataFiles(of: graph) { try folder.write(file.text, named: file.name) }
    let network = NetworkDiagram(graph: graph)
    let timeline = TimelineDiagram(graph: graph)
    try folder.write(network.dot(), named: "network.dot")
    try folder.write(timeline.dot(), named: "timeline.dot")
    try folder.write(network.svg(), named: "network.svg")
    try folder.write(timeline.svg(), named: "timeline.svg")
  }
}
