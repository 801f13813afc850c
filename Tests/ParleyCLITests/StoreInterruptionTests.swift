import Foundation
import GRDB
import ParleyStore
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `parley` executable `swift build` / `swift test` made, when there is one.
let parleyExecutable: URL? = {
  for configuration in ["debug", "release"] {
    let url = Paths.packageRoot.appendingPathComponent(".build/\(configuration)/parley")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  return nil
}()

@Suite(.serialized) struct StoreInterruptionTests {
  /// A run killed (SIGKILL) while it holds the store leaves the store as it was, and the
  /// next run can write it.
  @Test(.enabled(if: parleyExecutable != nil, "no built parley executable beside the tests: kill test not run"))
  func aKilledRunLeavesTheStoreAsItWas() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("news")
    let store = dir.appendingPathComponent("parley.sqlite")
    try writeFiles(StoreCommandTests.first, into: input)
    #expect(await parley(["build", input.path, "--store", store.path, "-o", dir.appendingPathComponent("out").path, "-q"]) == 0)
    let before = try dump(store)

    // Enough new articles that the run is still reading when it is killed.
    var many: [String: String] = [:]
    let people = ["Sergey Lavrov", "Hakan Fidan", "Andrii Sybiha", "Marco Rubio", "Kaja Kallas", "Wang Yi"]
    for i in 0..<4000 {
      let a = people[i % people.count]
      let b = people[(i / people.count + i + 1) % people.count]
      many[String(format: "2025-07-%02d-report-%05d.txt", 1 + i % 28, i)] = seedArticle(
        String(format: "2025-07-%02d", 1 + i % 28), "Report \(i)",
        "\(a) met \(b) in Geneva on Monday to discuss report number \(i).",
        "Officials said talks on item \(i) would continue next week in Vienna.")
    }
    try writeFiles(many, into: input)
    try FileManager.default.removeItem(at: input.appendingPathComponent("2025-06-05-accuse.txt"))

    let process = Process()
    process.executableURL = parleyExecutable
    process.arguments = ["build", input.path, "--store", store.path, "-o", dir.appendingPathComponent("out2").path, "-q"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The run takes the store's write lock first thing, then reads the articles. As soon
    // as the lock is seen the run is stopped (SIGSTOP), so how fast the machine is does not
    // matter: a stopped run that still holds the lock is one killed inside its transaction.
    let deadline = Date().addingTimeInterval(60)
    var locked = false
    while !locked && process.isRunning && Date() < deadline {
      locked = Self.writeLockIsHeld(store.path + "-shm")
      if locked { kill(process.processIdentifier, SIGSTOP) } else { try await Task.sleep(nanoseconds: 1_000_000) }
    }
    #expect(locked, "the run never took the store's write lock")
    let killedInside = locked && Self.writeLockIsHeld(store.path + "-shm")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    try #require(killedInside, "the run let go of the store's lock before it could be stopped")
    #expect(process.terminationReason == .uncaughtSignal)

    #expect(try dump(store) == before)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out2").path))
    // The lock died with the process.
    let next = try Store(writingTo: store.path, extractor: "v-next")
    next.rollback()
  }
}

extension StoreInterruptionTests {
  /// Whether another process holds SQLite's WAL write lock (byte 120 of the `-shm` file),
  /// asked with F_GETLK, which takes no lock.
  static func writeLockIsHeld(_ shm: String) -> Bool {
    let descriptor = open(shm, O_RDWR)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var lock = flock()
    lock.l_type = Int16(F_WRLCK)
    lock.l_whence = Int16(SEEK_SET)
    lock.l_start = 120
    lock.l_len = 1
    guard fcntl(descriptor, F_GETLK, &lock) == 0 else { return false }
    return lock.l_type != Int16(F_UNLCK)
  }
}

/// Every row of every table of the store at `url`, as text: what "as it was" means.
func dump(_ url: URL) throws -> [String] {
  var config = Configuration()
  config.readonly = true
  return try DatabaseQueue(path: url.path, configuration: config).read { db in
    var out: [String] = []
    for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
      for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2") { out.append(table + ": " + row.description) }
    }
    return out
  }
}
