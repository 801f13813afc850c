import Foundation
import Testing

@testable import ParleyCLI

/// The smallest text of an SVG in points as drawn at its `width` (the least `font-size`
/// times Graphviz's `scale` of the drawing).
func smallestFont(_ svg: String) -> Double? {
  var scale = 1.0
  if let r = svg.range(of: #"transform="scale\(([0-9.]+)"#, options: .regularExpression),
    let s = Double(svg[r].dropFirst(17))
  {
    scale = s
  }
  return svg.components(separatedBy: "font-size=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
    .min().map { $0 * scale }
}

/// The `width` of an SVG in points.
func widthPoints(_ svg: String) -> Double? {
  guard let r = svg.range(of: #"<svg width="([0-9.]+)pt""#, options: .regularExpression) else { return nil }
  return Double(svg[r].dropFirst(12).dropLast(3))
}

/// The ids of the timeline's lanes, top to bottom as the DOT lists them.
func laneIDs(_ svg: String) -> [String] {
  svg.replacingOccurrences(of: "&#45;", with: "-").components(separatedBy: "id=\"lane-").dropFirst().map { String($0.prefix { $0 != "\"" }) }
}

/// Pictures and the report as files: formats, re-runs, lanes, exports from a store.
@Suite(.serialized) struct PictureOutputTests {
  /// What two runs' PDFs share. Cairo may round a coordinate's last digit differently
  /// from one process to the next (1190.507812 / 1190.507813), which can change a
  /// compressed page stream by a byte and shift the offsets after it; the pages, fonts and
  /// size stay the same.
  static func pdfShape(_ data: Data) -> [String] {
    let text = String(decoding: data, as: Unicode.ASCII.self)
    let fonts = text.components(separatedBy: "/FontName /").dropFirst().map { String($0.prefix { $0 != "\n" && $0 != " " }) }
    return [String(text.prefix(8)), "pages \(text.components(separatedBy: "/Type /Page\n").count)"] + fonts
  }

  @Test func aSecondBuildWritesTheSameBytesInEveryFile() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
    #expect(await parley(["build", "Samples", "-o", a.path, "--format", "svg,png,pdf", "-q"]) == 0)
    #expect(await parley(["build", "Samples", "-o", b.path, "--format", "svg,png,pdf", "-q"]) == 0)
    let first = try contents(of: a), second = try contents(of: b)
    #expect(first.count >= 19)
    #expect(Set(first.keys) == Set(second.keys))
    for (name, bytes) in first.sorted(by: { $0.key < $1.key }) {
      if name.hasSuffix(".pdf") {
        // Within one process cairo's font cache may subset the fonts of a later render
        // otherwise (seen on a fresh machine); separate runs are compared below.
        #expect(second[name]?.starts(with: Array("%PDF-".utf8)) == true && bytes.starts(with: Array("%PDF-".utf8)))
      } else {
        #expect(second[name] == bytes, "\(name) differs between two builds of Samples")
      }
    }
    // Two processes (the built `parley`, when it is there) write PDFs of the same pages,
    // fonts and size (see ``pdfShape(_:)``).
    let binary = Paths.packageRoot.appendingPathComponent(".build/debug/parley")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else { return }
    var pdfs: [[String: Data]] = []
    for run in ["p1", "p2"] {
      let out = dir.appendingPathComponent(run)
      let process = Process()
      process.executableURL = binary
      process.currentDirectoryURL = Paths.packageRoot
      process.arguments = ["build", "Samples", "-o", out.path, "--format", "pdf", "-q"]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      pdfs.append(try contents(of: out).filter { $0.key.hasSuffix(".pdf") })
    }
    #expect(pdfs[0].count == 2 && Set(pdfs[0].keys) == Set(pdfs[1].keys))
    for (name, bytes) in pdfs[0] {
      let other = pdfs[1][name] ?? Data()
      #expect(abs(other.count - bytes.count) <= 64, "\(name) changed size between two runs")
      #expect(Self.pdfShape(other) == Self.pdfShape(bytes), "\(name) has other pages or fonts in a second run")
    }
  }

  @Test func pngAndPdfAreRealImages() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(await parley(["build", "Samples", "-o", dir.path, "--format", "png,pdf", "-q"]) == 0)
    let files = try contents(of: dir)
    for name in ["network", "timeline"] {
      let png = try #require(files[name + ".png"])
      #expect(png.count > 10_000)
      #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
      // The IHDR chunk: a width and height of some size.
      let bytes = Array(png)
      let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
      #expect(width > 200 && height > 100)
      let pdf = try #require(files[name + ".pdf"])
      #expect(pdf.count > 5_000)
      #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
      #expect(String(decoding: pdf.suffix(16), as: UTF8.self).contains("%%EOF"))
      #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:19700101000000"))
    }
    // --format without svg still writes the report with the pictures inline.
    let report = String(decoding: try #require(files["report.html"]), as: UTF8.self)
    #expect(report.components(separatedBy: "<svg").count - 1 >= 2)
    #expect(files["network.svg"] == nil)
  }

  @Test func actorOptionsGiveTheirLanesFirst() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(await parley(["build", "Samples", "-o", dir.path, "--actor", "Lavrov", "--actor", "Marco Rubio", "-q"]) == 0)
    let timeline = try String(contentsOf: dir.appendingPathComponent("timeline.svg"), encoding: .utf8)
    let lanes = laneIDs(timeline)
    #expect(Array(lanes.prefix(2)) == ["sergey-lavrov", "marco-rubio"])
    #expect(timeline.contains("the lanes of Sergey Lavrov, Marco Rubio"))
    // Every event has one of them on a side, and every marker sits on a lane.
    let events = try lines(dir.appendingPathComponent("events.jsonl")).map(json)
    #expect(!events.isEmpty)
    #expect(events.allSatisfy { e in
      ["sergey-lavrov", "marco-rubio"].contains(e["source"] as? String ?? "") || ["sergey-lavrov", "marco-rubio"].contains(e["target"] as? String ?? "")
    })
    let markers = timeline.replacingOccurrences(of: "&#45;", with: "-").components(separatedBy: "id=\"event-").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(markers.allSatisfy { m in lanes.contains { m.hasSuffix("@" + $0) } })
    #expect(markers.contains { $0.hasSuffix("@sergey-lavrov") } && markers.contains { $0.hasSuffix("@marco-rubio") })
    // One actor: its lane first, its partners after it.
    #expect(await parley(["build", "Samples", "-o", dir.path, "--actor", "Hakan Fidan", "-q"]) == 0)
    let one = try String(contentsOf: dir.appendingPathComponent("timeline.svg"), encoding: .utf8)
    #expect(laneIDs(one).first == "hakan-fidan")
    #expect(laneIDs(one).count > 1)
  }

  @Test func exportWritesThePicturesAndTheReportOfAStore() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = dir.appendingPathComponent("s.sqlite").path
    let built = dir.appendingPathComponent("built"), exported = dir.appendingPathComponent("exported")
    #expect(await parley(["build", "Samples", "-o", built.path, "--store", store, "--actor", "Fidan", "-q"]) == 0)
    #expect(await parley(["export", "--store", store, "--format", "all", "--actor", "Fidan", "-o", exported.path, "-q"]) == 0)
    let b = try contents(of: built), e = try contents(of: exported)
    for name in [
      "network.svg", "timeline.svg", "network.dot", "timeline.dot", "events.jsonl", "events.csv", "graph.json",
    ] {
      #expect(e[name] != nil && e[name] == b[name], "\(name) of export differs from build")
    }
    #expect(e["network.png"] != nil && e["timeline.pdf"] != nil)
    let report = String(decoding: try #require(e["report.html"]), as: UTF8.self)
    #expect(report.contains("<table id=\"events-table\""))
    #expect(report.contains("<dt>Articles read</dt><dd>18 (1 duplicate copy counted once)</dd>"))
    // Samples has no skipped or non-article file: the summary, and so the page, is build's.
    #expect(e["report.html"] == b["report.html"])
    // Only what --format names.
    let some = dir.appendingPathComponent("some")
    #expect(await parley(["export", "--store", store, "--format", "svg,report", "-o", some.path, "-q"]) == 0)
    #expect(Set(try contents(of: some).keys) == ["network.svg", "timeline.svg", "report.html", ".parley-output"])
    #expect(await parley(["export", "--store", store, "--format", "svg,gif", "-o", some.path, "-q"]) == 2)
  }

  /// The real corpus (when `../shared` is there): its largest set gives pictures that fit a
  /// report page. (The whole folder, 1,526 articles, takes minutes in a debug build; a
  /// generated graph of that size is checked in `PictureBoundsTests`.)
  @Test func picturesOfARealFolderFitAPage() async throws {
    guard let shared = Paths.shared else { return }  // users clone without ../shared
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let folder = shared.appendingPathComponent("corpora/news/kremlinua")
    guard FileManager.default.fileExists(atPath: folder.path) else { return }
    #expect(await parley(["build", folder.path, "-o", dir.path, "-q"]) == 0)
    for name in ["network.svg", "timeline.svg"] {
      let svg = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      let width = try #require(widthPoints(svg)), smallest = try #require(smallestFont(svg))
      #expect(width <= 1800, "\(name) is \(width) pt wide")
      #expect(width >= 600, "\(name) is only \(width) pt wide")
      #expect(smallest >= 8, "\(name): smallest text \(smallest) pt")
    }
    let events = try lines(dir.appendingPathComponent("events.jsonl")).map(json)
    // kremlinua's sources.tsv names the publisher of every file.
    #expect(events.allSatisfy { !(($0["outlets"] as? [String]) ?? []).isEmpty })
  }
}
