/// The timing of one benchmark stage over several runs.
struct StageMeasurement: Codable, Equatable, Sendable {
  /// The stage: "ingest", "extract (1 thread)", ….
  var stage: String
  /// Megabytes the stage went through per run.
  var megabytes: Double
  /// Articles the stage went through per run.
  var articles: Int
  /// Seconds of each run.
  var runSeconds: [Double]
  /// Threads the stage used.
  var threads: Int

  /// The median run time.
  var seconds: Double { BenchStatistics.median(runSeconds) ?? 0 }
  /// Megabytes per second at the median run time.
  var megabytesPerSecond: Double { BenchStatistics.rate(megabytes, seconds: seconds) }
  /// Articles per second at the median run time.
  var articlesPerSecond: Double { BenchStatistics.rate(Double(articles), seconds: seconds) }
  /// Megabytes per second per thread.
  var megabytesPerSecondPerThread: Double { megabytesPerSecond / Double(max(1, threads)) }

  enum CodingKeys: String, CodingKey {
    case stage, megabytes, articles, runSeconds, threads, seconds, megabytesPerSecond
    case articlesPerSecond, megabytesPerSecondPerThread
  }

  init(stage: String, megabytes: Double, articles: Int, runSeconds: [Double], threads: Int = 1) {
    self.stage = stage
    self.megabytes = megabytes
    self.articles = articles
    self.runSeconds = runSeconds
    self.threads = threads
  }

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    stage = try c.decode(String.self, forKey: .stage)
    megabytes = try c.decode(Double.self, forKey: .megabytes)
    articles = try c.decode(Int.self, forKey: .articles)
    runSeconds = try c.decode([Double].self, forKey: .runSeconds)
    threads = try c.decode(Int.self, forKey: .threads)
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(stage, forKey: .stage)
    try c.encode(megabytes, forKey: .megabytes)
    try c.encode(articles, forKey: .articles)
    try c.encode(runSeconds, forKey: .runSeconds)
    try c.encode(threads, forKey: .threads)
    try c.encode(seconds, forKey: .seconds)
    try c.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
    try c.encode(articlesPerSecond, forKey: .articlesPerSecond)
    try c.encode(megabytesPerSecondPerThread, forKey: .megabytesPerSecondPerThread)
  }
}
