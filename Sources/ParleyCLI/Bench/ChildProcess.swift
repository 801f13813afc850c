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

  /// Runs `parley` with `arguments`, stopping it (SIGTERM, then SIGKILL) after `timeout` seconds.
  /// - Throws: When the process cannot be started.
  static func run(_ arguments: [String], timeout: Double) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executablePath)
    process.arguments = arguments
    let output = Pipe()
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
      Thread.sleep(forTimeInterval: 0.02)
    }
    process.waitUntilExit()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    return Outcome(
      output: String(decoding: data, as: UTF8.self), status: process.terminationStatus,
      timedOut: timedOut)
  }
}
