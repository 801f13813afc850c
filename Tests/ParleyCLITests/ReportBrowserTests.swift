import Foundation
import Testing

@testable import ParleyCLI

/// Runs Debian's `chromium` headless on a page and returns the DOM it dumps and its log,
/// or nil (with a message) when no chromium can start here.
func headlessChromium(_ url: String, profile: URL) -> (dom: String, log: String)? {
  let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
  guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
    print("skipped: no chromium installed (apt-get install -y chromium)")
    return nil
  }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: binary)
  process.arguments = [
    "--headless", "--disable-gpu", "--no-sandbox", "--enable-logging=stderr", "--v=0",
    "--user-data-dir=\(profile.path)", "--dump-dom", url,
  ]
  let out = Pipe(), err = Pipe()
  process.standardOutput = out
  process.standardError = err
  do { try process.run() } catch {
    print("skipped: chromium cannot start (\(error))")
    return nil
  }
  // Read both pipes while it runs, so a full pipe cannot stall it; give up after 90 s.
  let group = DispatchGroup()
  nonisolated(unsafe) var dom = Data(), log = Data()
  group.enter()
  DispatchQueue.global().async { dom = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
  group.enter()
  DispatchQueue.global().async { log = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
  if group.wait(timeout: .now() + 90) == .timedOut {
    process.terminate()
    print("skipped: chromium did not finish within 90 s")
    return nil
  }
  process.waitUntilExit()
  let text = String(decoding: dom, as: UTF8.self)
  guard process.terminationStatus == 0, text.contains("<html") else {
    print("skipped: chromium exited with \(process.terminationStatus): \(String(decoding: log, as: UTF8.self).suffix(300))")
    return nil
  }
  return (text, String(decoding: log, as: UTF8.self))
}

@Suite(.serialized) struct ReportBrowserTests {
  /// The value of attribute `name` on the first element that has it, in dumped HTML.
  static func attribute(_ name: String, in html: String) -> String? {
    guard let r = html.range(of: " \(name)=\"") else { return nil }
    return String(html[r.upperBound...].prefix { $0 != "\"" })
  }

  @Test func reportLoadsWithoutErrorsAndItsTableSortsInChromium() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Articles of our own, one with hostile text that must stay text.
    let input = dir.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    let articles = [
      "Zed Minister <script>document.title='pwned'</script> spoke by phone with President Ann Alpha on Monday.",
      "President Ann Alpha met Prime Minister Bo Beta in Lisbon on Tuesday to discuss trade.",
      "Prime Minister Bo Beta accused Zed Minister of lying on Wednesday.",
      "President Ann Alpha will visit Prime Minister Bo Beta next week, her office said.",
    ]
    for (i, body) in articles.enumerated() {
      let text = "Headline \(i)\n\nPublished 2024-03-1\(i)\n\n\(body) \(body)\n"
      try text.write(to: input.appendingPathComponent("a\(i).txt"), atomically: true, encoding: .utf8)
    }
    let out = dir.appendingPathComponent("out")
    let status = await parley(["build", input.path, "-o", out.path, "--quiet"])
    #expect(status == 0 || status == 1)
    let page = out.appendingPathComponent("report.html")
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(!html.contains("<script>document"))
    #expect(html.components(separatedBy: "<script").count == 2)  // our own, only
    guard let run = headlessChromium(page.absoluteString + "#selftest&click=participants,participants", profile: dir.appendingPathComponent("profile")) else { return }
    #expect(Self.attribute("data-selftest", in: run.dom) == "ok")
    #expect(Self.attribute("data-errors", in: run.dom) == nil)
    #expect(!run.log.contains("Uncaught"), "console errors: \(run.log.suffix(500))")
    #expect(!run.log.contains(":CONSOLE("), "console messages: \(run.log.suffix(500))")
    #expect(Self.attribute("data-sorted", in: run.dom) == "participants:descending")
    // The participants cells now run from Z to A.
    let keys = run.dom.components(separatedBy: "<td data-sort=\"").dropFirst()
      .map { String($0.prefix { $0 != "\"" }) }
      .filter { Int($0) == nil }  // skip the date, articles and evidence keys: participants first in each row
    let participants = stride(from: 0, to: keys.count, by: 2).map { keys[$0] }
    #expect(!participants.isEmpty)
    #expect(participants == participants.sorted(by: >))
    #expect(!run.dom.contains("<title>pwned") && !run.dom.contains("document.title='pwned'</script>"))
  }

  @Test func samplesReportLoadsInChromium() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let status = await parley(["build", "Samples", "-o", dir.path, "--quiet"])
    #expect(status == 0)
    let page = dir.appendingPathComponent("report.html")
    guard let run = headlessChromium(page.absoluteString + "#selftest", profile: dir.appendingPathComponent(".profile")) else { return }
    #expect(Self.attribute("data-selftest", in: run.dom) == "ok")
    #expect(!run.log.contains("Uncaught"))
    #expect(run.dom.components(separatedBy: "<svg ").count - 1 == 2)
  }
}
