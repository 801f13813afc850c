// Writes the TSV dictionaries given as arguments into one Swift file, each as a raw string
// literal in `enum BuiltInDictionaries` named after its file ("people-historical.tsv" →
// `peopleHistorical`). Run by the EmbedDictionaries build plugin:
//   DictionaryEmbedder OUTPUT.swift FILE.tsv…
import Foundation

/// `people-historical` → `peopleHistorical`.
func identifier(_ stem: String) -> String {
  let words = stem.split { !$0.isLetter && !$0.isNumber }.map(String.init)
  guard let first = words.first else { return "table" }
  return first.lowercased() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
}

/// The text as a raw string literal with enough `#` that nothing inside can close it.
func literal(_ text: String) -> String {
  var hashes = "#"
  while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
  var body = text.replacingOccurrences(of: "\r\n", with: "\n")
  if body.hasSuffix("\n") { body.removeLast() }
  return hashes + "\"\"\"\n" + body + "\n\"\"\"" + hashes
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
  FileHandle.standardError.write(Data("usage: DictionaryEmbedder OUTPUT.swift FILE.tsv...\n".utf8))
  exit(2)
}
var swift = """
  // Generated at build time by the EmbedDictionaries plugin from Dictionaries/*.tsv.
  // Do not edit: edit the TSV files.

  /// Parley's built-in dictionaries, the text of each file in `Dictionaries/`.
  enum BuiltInDictionaries {

  """
for path in arguments.dropFirst() {
  let url = URL(fileURLWithPath: path)
  let text: String
  do {
    text = try String(contentsOf: url, encoding: .utf8)
  } catch {
    FileHandle.standardError.write(Data("\(path): not readable as UTF-8 (\(error))\n".utf8))
    exit(1)
  }
  let name = identifier(url.deletingPathExtension().lastPathComponent)
  swift += "  /// `Dictionaries/\(url.lastPathComponent)`.\n"
  swift += "  static let \(name) = " + literal(text) + "\n\n"
}
swift += "}\n"
do {
  // Unchanged output keeps its date, so the target is not recompiled for nothing.
  if (try? String(contentsOfFile: output, encoding: .utf8)) != swift {
    try swift.write(toFile: output, atomically: true, encoding: .utf8)
  }
} catch {
  FileHandle.standardError.write(Data("\(output): \(error)\n".utf8))
  exit(1)
}
