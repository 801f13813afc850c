// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Parley",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "parley", targets: ["parley"]),
    .library(name: "ParleyIngest", targets: ["ParleyIngest"]),
    .library(name: "ParleyExtract", targets: ["ParleyExtract"]),
    .library(name: "ParleyGraph", targets: ["ParleyGraph"]),
    .library(name: "ParleyRender", targets: ["ParleyRender"]),
    .library(name: "ParleyExport", targets: ["ParleyExport"]),
    .library(name: "ParleyStore", targets: ["ParleyStore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // SQLite for `--store` (over Debian's libsqlite3-dev, which .ci/run installs)
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    // files -> articles
    .target(name: "ParleyIngest"),
    // articles -> sentences, actors, time expressions, interaction mentions; the TSV files of
    // Dictionaries/ are built into it as string literals (so `parley` stays one file)
    .target(
      name: "ParleyExtract", dependencies: ["ParleyIngest"],
      plugins: [.plugin(name: "EmbedDictionaries")]),
    .plugin(
      name: "EmbedDictionaries", capability: .buildTool(), dependencies: ["DictionaryEmbedder"]),
    .executableTarget(name: "DictionaryEmbedder"),
    // mentions -> canonical actors, merged events, edges over time
    .target(name: "ParleyGraph", dependencies: ["ParleyExtract"]),
    // graph -> DOT -> SVG (the only importer of CGraphviz)
    .target(name: "ParleyRender", dependencies: ["ParleyGraph", "CGraphviz"]),
    // graph -> JSONL and other data files
    .target(name: "ParleyExport", dependencies: ["ParleyGraph"]),
    // articles, mentions and the merged graph kept in SQLite between runs (the only importer of GRDB)
    .target(
      name: "ParleyStore",
      dependencies: ["ParleyIngest", "ParleyExtract", "ParleyGraph", .product(name: "GRDB", package: "GRDB.swift")]),
    // scoring against the peer suites and corpora in ../shared
    .target(name: "ParleyEvaluation", dependencies: ["ParleyIngest", "ParleyExtract", "ParleyGraph"]),
    // `parley bench`: stage throughput, builds and Graphviz layouts in child processes,
    // instructions per byte under callgrind, `wc -w` over the same files
    .target(name: "ParleyBench", dependencies: ["ParleyIngest", "ParleyExtract", "ParleyGraph", "ParleyRender"]),
    .target(
      name: "ParleyCLI",
      dependencies: [
        "ParleyIngest", "ParleyExtract", "ParleyGraph", "ParleyRender", "ParleyExport",
        "ParleyEvaluation", "ParleyStore", "ParleyBench",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "parley", dependencies: ["ParleyCLI"]),
    .testTarget(name: "ParleyIngestTests", dependencies: ["ParleyIngest"]),
    .testTarget(name: "ParleyExtractTests", dependencies: ["ParleyExtract"]),
    .testTarget(name: "ParleyGraphTests", dependencies: ["ParleyGraph"]),
    .testTarget(name: "ParleyRenderTests", dependencies: ["ParleyRender"]),
    .testTarget(name: "ParleyExportTests", dependencies: ["ParleyExport"]),
    .testTarget(
      name: "ParleyStoreTests", dependencies: ["ParleyStore", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "ParleyEvaluationTests", dependencies: ["ParleyEvaluation"]),
    .testTarget(name: "ParleyBenchTests", dependencies: ["ParleyBench"]),
    .testTarget(
      name: "ParleyCLITests", dependencies: ["ParleyCLI", .product(name: "GRDB", package: "GRDB.swift")]),
  ]
)
