import Foundation

/// Instructions per input byte, counted by valgrind's callgrind on a fixed slice of the
/// corpus (repeatable on a shared machine, unlike seconds): ingest, extraction and merge of
/// `parley bench --probe-instructions SLICE` in a child process, and `wc -w` over the same
/// files for comparison.
struct InstructionBench {
  /// What the probe read and found.
  struct ProbeResult: Codable, Equatable {
    var fileBytes: Int
    var textBytes: Int
    var articles: Int
    var mentions: Int
    var events: Int
  }

  var log: (String) -> Void

  /// The path of `valgrind` on `PATH`, if any.
  static var valgrind: String? { ChildProcess.onPath("valgrind") }

  /// Counts the slice's instructions; nil (with a message) when valgrind is missing or fails.
  func run(_ slice: BenchCorpus.Replica) -> InstructionCounts? {
    guard let valgrind = Self.valgrind else {
      log("  valgrind not found: instructions per byte not counted (apt-get install -y valgrind)")
      return nil
    }
    let out = slice.folder + ".callgrind"
    let stages = ["countedIngest", "countedExtraction", "countedMerge"]
    var arguments = ["--tool=callgrind", "--collect-atstart=no", "--callgrind-out-file=" + out]
    arguments += stages.map { "--toggle-collect=*InstructionProbe*" + $0 + "*" }
    arguments += stages.dropLast().map { "--dump-after=*InstructionProbe*" + $0 + "*" }
    arguments += [ChildProcess.executablePath, "bench", "--probe-instructions", slice.folder]
    guard let outcome = try? ChildProcess.run(arguments, executable: valgrind, timeout: 3_600),
      outcome.status == 0,
      let probe = try? JSONDecoder().decode(ProbeResult.self, from: Data(outcome.output.utf8))
    else {
      log("  callgrind run of the probe failed; instructions not counted")
      return nil
    }
    let parts = Self.totals(prefix: out)
    guard parts.count == 3 else {
      log("  callgrind wrote \(parts.count) parts, not 3; instructions not counted")
      return nil
    }
    var counts = InstructionCounts(
      fileBytes: probe.fileBytes, textBytes: probe.textBytes, articles: probe.articles,
      mentions: probe.mentions, ingest: parts[0], extraction: parts[1], merge: parts[2], wordCount: nil)
    let wcOut = slice.folder + ".wc.callgrind"
    if let wc = try? ChildProcess.run(
      ["--tool=callgrind", "--callgrind-out-file=" + wcOut, ChildProcess.onPath("wc") ?? "/usr/bin/wc", "-w"] + slice.files.map(\.path),
      executable: valgrind, timeout: 600), wc.status == 0
    {
      counts.wordCount = Self.totals(prefix: wcOut).first
    }
    log("  " + counts.summary)
    return counts
  }

  /// The instruction totals of the callgrind dumps written to `prefix` (and `prefix.N`), in
  /// dump order; the files are removed.
  static func totals(prefix: String) -> [Int] {
    let folder = (prefix as NSString).deletingLastPathComponent
    let name = (prefix as NSString).lastPathComponent
    var parts: [(part: Int, total: Int)] = []
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for file in files where file == name || file.hasPrefix(name + ".") {
      let path = folder + "/" + file
      defer { try? FileManager.default.removeItem(atPath: path) }
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      let (part, total) = parse(text)
      if let total { parts.append((part ?? 1, total)) }
    }
    return parts.sorted { $0.part < $1.part }.map(\.total)
  }

  /// The `part:` number and the `summary:` (else `totals:`) instruction count of a callgrind file.
  static func parse(_ text: String) -> (part: Int?, total: Int?) {
    var part: Int?
    var summary: Int?
    var totals: Int?
    for line in text.split(separator: "\n") {
      func value(_ key: String) -> Int? {
        guard line.hasPrefix(key) else { return nil }
        return line.dropFirst(key.count).split(separator: " ").first.flatMap { Int($0) }
      }
      if let v = value("part: ") { part = v }
      if let v = value("summary: ") { summary = v }
      if let v = value("totals: ") { totals = v }
    }
    return (part, summary ?? totals)
  }
}

/// Instructions callgrind counted over the slice, by stage.
public struct InstructionCounts: Codable, Equatable, Sendable {
  /// Bytes of the slice's files and of its articles' text.
  public var fileBytes: Int
  public var textBytes: Int
  public var articles: Int
  public var mentions: Int
  /// Instructions of reading, decoding and cleaning the files.
  public var ingest: Int
  /// Instructions of `Extractor.mentions` over every article.
  public var extraction: Int
  /// Instructions of `EventGraph(mentions:)` over the mentions.
  public var merge: Int
  /// Instructions of `wc -w` over the same files (a process of its own), if counted.
  public var wordCount: Int?

  /// Instructions per byte of article text (ingest and `wc -w`: per byte of the files).
  public var ingestPerByte: Double { Double(ingest) / Double(max(1, fileBytes)) }
  public var extractionPerByte: Double { Double(extraction) / Double(max(1, textBytes)) }
  public var mergePerByte: Double { Double(merge) / Double(max(1, textBytes)) }
  public var wordCountPerByte: Double? { wordCount.map { Double($0) / Double(max(1, fileBytes)) } }

  /// One line: instructions per byte by stage.
  var summary: String {
    typealias S = BenchStatistics
    var line =
      "\(S.fixed(S.megabytes(textBytes), 2)) MB of text in \(articles) articles: ingest "
      + "\(S.fixed(ingestPerByte, 0)), extraction \(S.fixed(extractionPerByte, 0)), merge "
      + "\(S.fixed(mergePerByte, 0)) instructions/byte"
    if let wc = wordCountPerByte {
      line += "; wc -w \(S.fixed(wc, 1)) (extraction \(S.fixed(extractionPerByte / max(wc, 1e-9), 0))× wc -w)"
    }
    return line
  }
}
