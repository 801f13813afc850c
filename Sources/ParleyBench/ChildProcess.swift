import Foundation

/// Runs this executable again with other arguments, for measurements that
/// need a fresh process (peak memory) or may have to be stopped (Graphviz
/// layouts, which cannot be interrupted in-process).
enum ChildProcess {
  /// What a child run produced.
  struct Outcome {
    var output: String
    var status: Int32
    var timedOut: Bool
  }

  /// The path of the running executable.
  static var executablePath: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
  }

  /// The path of the executable `name` on `PATH`, if any.
  static func onPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { $0 + "/" + name }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs `executable` (by default `parley` itself) with `arguments`, stopping it (SIGTERM,
  /// then SIGKILL) after `timeout` seconds.
  /// - Throws: When the process cannot be started.
  static func run(_ arguments: [String], executable: String = executablePath, timeout: Double) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    // A file rather than a pipe, so that a child printing more than a pipe holds
    // (`wc -w` over thousands of files) does not block before it is read.
    let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-bench-child-" + UUID().uuidString
    ).path
    guard FileManager.default.createFile(atPath: outputPath, contents: nil),
      let output = FileHandle(forWritingAtPath: outputPath)
    else { throw BenchError("could not write \(outputPath)") }
    defer {
      try? output.close()
      try? FileManager.default.removeItem(atPath: outputPath)
    }
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let clock = ContinuousClock()
    let deadline = clock.now + .milliseconds(Int(timeout * 1000))
    var timedOut = false
    while process.isRunning {
      if clock.now >= deadline {
        timedOut = true
        process.terminate()
        Thread.sleep(forTimeInterval: 0.5)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        break
      }
      Thread.sleep(forTimeInterval: 0.002)
    }
    process.waitUntilExit()
    let data = FileManager.default.contents(atPath: outputPath) ?? Data()
    return Outcome(
      output: String(decoding: data, as: UTF8.self), status: process.terminationStatus,
      timedOut: timedOut)
  }
}
