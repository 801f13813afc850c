import Foundation

/// Locates `/work/shared` (the sibling `shared` folder of the package root),
/// from this file's path with symlinks resolved.
enum SharedCorpus {
  static let root: String? = {
    var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    for _ in 0..<3 { url.deleteLastPathComponent() }  // file, ParleyIngestTests, Tests
    let shared = url.deletingLastPathComponent().appendingPathComponent("shared").path
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: shared, isDirectory: &isFolder) && isFolder.boolValue
      ? shared : nil
  }()

  static var news: String? { root.map { $0 + "/corpora/news" } }

  /// The rows of `noisy/MANIFEST.tsv`: (noisy file, original `<set>/<file>`).
  static func noisyManifest() -> [(noisy: String, original: String)] {
    guard let news, let text = try? String(contentsOfFile: news + "/noisy/MANIFEST.tsv", encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { return nil }
      return (String(fields[0]), String(fields[1]))
    }
  }
}
