import Foundation

/// The memory figures Linux keeps for this process in `/proc/self/status`.
enum ProcessMemory {
  /// Peak resident set size (`VmHWM`) in KiB, or nil where `/proc` is unavailable.
  static func peakResidentKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    return field("VmHWM", in: status)
  }

  /// The KiB value of a `Name:   123 kB` line of a `/proc/<pid>/status` text.
  static func field(_ name: String, in status: String) -> Int? {
    for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
      let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
      return Int(digits)
    }
    return nil
  }
}
