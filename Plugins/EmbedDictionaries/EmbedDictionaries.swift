import Foundation
import PackagePlugin

/// Builds the TSV files of `Dictionaries/` into the target as Swift string literals, so the
/// `parley` binary carries its dictionaries and runs from anywhere (no resource bundle).
///
/// The command reruns only when a TSV file (or the embedder) changes.
@main
struct EmbedDictionaries: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Dictionaries")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tsv") }.sorted()
    let inputs = names.map { folder.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInDictionaries.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(names.count) dictionaries from Dictionaries/",
        executable: try context.tool(named: "DictionaryEmbedder").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
