import Foundation
import Testing

@testable import ParleyBench

@Suite struct BenchStatisticsTests {
  @Test func medianOfOddEvenAndEmptyLists() {
    #expect(BenchStatistics.median([3, 1, 2]) == 2)
    #expect(BenchStatistics.median([4, 1, 3, 2]) == 2.5)
    #expect(BenchStatistics.median([7]) == 7)
    #expect(BenchStatistics.median([]) == nil)
  }

  @Test func ratesAndMegabytes() {
    #expect(BenchStatistics.rate(10, seconds: 4) == 2.5)
    #expect(BenchStatistics.rate(10, seconds: 0) == 0)
    #expect(BenchStatistics.megabytes(2_500_000) == 2.5)
    #expect(BenchStatistics.seconds(.milliseconds(1500)) == 1.5)
  }

  @Test func fixedDecimalsWithoutLocale() {
    #expect(BenchStatistics.fixed(12.345, 2) == "12.35")
    #expect(BenchStatistics.fixed(0.05, 1) == "0.1")
    #expect(BenchStatistics.fixed(3, 2) == "3.00")
    #expect(BenchStatistics.fixed(-1.25, 1) == "-1.3")
    #expect(BenchStatistics.fixed(2.4, 0) == "2")
    #expect(BenchStatistics.fixed(.infinity, 1) == "-")
  }

  @Test func humanReadableFigures() {
    #expect(BenchStatistics.formatRate(1234.5) == "1235")
    #expect(BenchStatistics.formatRate(12.34) == "12.3")
    #expect(BenchStatistics.formatRate(1.234) == "1.23")
    #expect(BenchStatistics.formatRate(0.5714) == "0.571")
    #expect(BenchStatistics.formatSeconds(0.85) == "850 ms")
    #expect(BenchStatistics.formatSeconds(12.44) == "12.4 s")
    #expect(BenchStatistics.formatKiB(217_600) == "212.5 MiB")
  }

  @Test func peakMemoryFieldOfProcStatus() {
    let status = "Name:\tparley\nVmPeak:\t  300 kB\nVmHWM:\t   1704 kB\nVmRSS:\t 1700 kB\n"
    #expect(ProcessMemory.field("VmHWM", in: status) == 1704)
    #expect(ProcessMemory.field("VmSwap", in: status) == nil)
  }

  @Test func stageRatesUseTheMedianRun() {
    let stage = StageMeasurement(
      stage: "extract", megabytes: 10, articles: 100, runSeconds: [4, 2, 5], threads: 2)
    #expect(stage.seconds == 4)
    #expect(stage.megabytesPerSecond == 2.5)
    #expect(stage.articlesPerSecond == 25)
    #expect(stage.megabytesPerSecondPerThread == 1.25)
  }

  @Test func copyFolderNames() {
    #expect(BenchCorpus.copyName(7) == "copy-007")
    #expect(BenchCorpus.copyName(1234) == "copy-1234")
  }
}

@Suite struct BenchSyntheticGraphTests {
  @Test func twoEdgesPerNodeWithoutLoopsOrRepeats() {
    let edges = SyntheticGraph(nodes: 300).edges()
    #expect(edges.count == 600)
    #expect(edges.allSatisfy { $0.0 < $0.1 && $0.1 < 300 })
    #expect(Set(edges.map { $0.0 * 300 + $0.1 }).count == edges.count)
    #expect(edges.map(\.0) == SyntheticGraph(nodes: 300).edges().map(\.0))  // reproducible
  }

  @Test func smallGraphsTakeEveryPair() {
    #expect(SyntheticGraph(nodes: 3).edges().count == 3)
    #expect(SyntheticGraph(nodes: 1).edges().isEmpty)
  }

  @Test func dotHasOneLinePerNodeAndEdge() {
    let dot = SyntheticGraph(nodes: 10).dot()
    let lines = dot.split(separator: "\n")
    #expect(lines.filter { $0.contains(" -- ") }.count == 20)
    #expect(lines.filter { $0.hasPrefix("  \"n") && !$0.contains(" -- ") }.count == 10)
    #expect(!dot.contains("layout="))
  }
}

@Suite struct InstructionBenchTests {
  @Test func readsPartAndSummaryOfACallgrindFile() {
    let file = """
      # callgrind format
      version: 1
      creator: callgrind-3.19.0
      pid: 4242
      part: 2
      desc: I1 cache:
      events: Ir
      summary: 123456789
      fn=(1) main
      0 5
      totals: 123456789
      """
    let (part, total) = InstructionBench.parse(file)
    #expect(part == 2)
    #expect(total == 123_456_789)
    #expect(InstructionBench.parse("events: Ir\ntotals: 77\n").total == 77)
    #expect(InstructionBench.parse("no counts here").total == nil)
  }

  @Test func totalsAreReadInPartOrderAndTheFilesRemoved() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cg-test-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let prefix = folder + "/probe.cg"
    try "part: 3\nsummary: 30\n".write(toFile: prefix, atomically: true, encoding: .utf8)
    try "part: 1\nsummary: 10\n".write(toFile: prefix + ".1", atomically: true, encoding: .utf8)
    try "part: 2\nsummary: 20\n".write(toFile: prefix + ".2", atomically: true, encoding: .utf8)
    try "part: 9\nsummary: 99\n".write(toFile: folder + "/other.cg", atomically: true, encoding: .utf8)
    #expect(InstructionBench.totals(prefix: prefix) == [10, 20, 30])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["other.cg"])
  }

  @Test func summaryStatesPerByteFiguresAndTheRatioToWordCount() {
    let counts = InstructionCounts(
      fileBytes: 1_000, textBytes: 500, articles: 2, mentions: 3, ingest: 20_000, extraction: 500_000,
      merge: 5_000, wordCount: 10_000)
    #expect(counts.extractionPerByte == 1_000)
    #expect(counts.wordCountPerByte == 10)
    #expect(counts.summary.contains("extraction 1000"))
    #expect(counts.summary.contains("100× wc -w"))
  }
}
