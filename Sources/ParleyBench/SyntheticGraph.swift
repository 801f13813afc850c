import ParleyRender

/// A reproducible random graph in the style of Parley's network diagram, for
/// timing Graphviz layouts against node count.
struct SyntheticGraph {
  /// Nodes in the graph.
  var nodes: Int
  /// Edges per node, on average.
  var edgesPerNode = 2

  /// The edges as (lower, higher) node numbers, without loops or repeats.
  ///
  /// Node *i* > 0 links to a random earlier node (so the graph is connected),
  /// then further random pairs are added until there are `edgesPerNode × nodes`
  /// edges (or every pair is taken).
  func edges() -> [(Int, Int)] {
    guard nodes >= 2 else { return [] }
    var random = SplitMix64(seed: 7)
    var seen = Set<Int>()
    var result: [(Int, Int)] = []
    func add(_ a: Int, _ b: Int) {
      guard a != b else { return }
      let (low, high) = a < b ? (a, b) : (b, a)
      if seen.insert(low * nodes + high).inserted { result.append((low, high)) }
    }
    for i in 1..<nodes { add(Int(random.next() % UInt64(i)), i) }
    let wanted = min(edgesPerNode * nodes, nodes * (nodes - 1) / 2)
    while result.count < wanted {
      add(Int(random.next() % UInt64(nodes)), Int(random.next() % UInt64(nodes)))
    }
    return result
  }

  /// The DOT text, with the graph, node and edge attributes `NetworkDiagram` uses
  /// (but no `layout`, so the engine is the caller's choice).
  func dot() -> String {
    let edges = self.edges()
    let shapes = ["box", "ellipse", "hexagon"]
    let fills = ["#dbe9f6", "#f6e3db", "#e3f6db", "#eeeeee"]
    var lines = [
      "graph synthetic {",
      "  graph [bgcolor=\"white\", fontname=\"Helvetica\", outputorder=\"edgesfirst\", overlap=\"false\", pad=\"0.3\", sep=\"+12\", splines=\"\(NetworkDiagram.splines(forEdgeCount: edges.count))\", start=\"7\"];",
      "  node [fontname=\"Helvetica\", fontsize=\"11\", style=\"filled\"];",
      "  edge [fontname=\"Helvetica\", fontsize=\"9\"];",
    ]
    for i in 0..<nodes {
      lines.append(
        "  \"n\(i)\" [label=\"Actor number \(i) (XYZ)\", shape=\"\(shapes[i % 3])\", fillcolor=\"\(fills[i % 4])\"];")
    }
    for (k, (a, b)) in edges.enumerated() {
      lines.append("  \"n\(a)\" -- \"n\(b)\" [label=\"consult ×\(k % 5 + 1)\", color=\"#1f77b4\"];")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// SplitMix64: a tiny, fast, seedable generator, so graphs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
