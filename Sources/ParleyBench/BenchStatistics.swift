import Foundation

/// Small pure helpers for `parley bench`: medians, rates and their formatting.
enum BenchStatistics {
  /// Bytes in one megabyte (decimal, as disk and network rates are quoted).
  static let bytesPerMegabyte = 1_000_000.0

  /// The median of `values`: the middle one, or the mean of the two middle ones.
  /// - Returns: nil for an empty list.
  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  /// Seconds in a `Duration`.
  static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }

  /// `amount` per second over `seconds`, or 0 when no time passed.
  static func rate(_ amount: Double, seconds: Double) -> Double {
    seconds > 0 ? amount / seconds : 0
  }

  /// Megabytes in `bytes`.
  static func megabytes(_ bytes: Int) -> Double { Double(bytes) / bytesPerMegabyte }

  /// `value` with `digits` decimals, without locale-dependent formatting ("12.35").
  static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<max(0, digits) { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard digits > 0 else { return sign + "\(scaled)" }
    let unit = Int(scale)
    let fraction = String(scaled % unit)
    return sign + "\(scaled / unit)." + String(repeating: "0", count: digits - fraction.count) + fraction
  }

  /// A rate with three significant figures or more: "0.512", "12.3", "4567".
  static func formatRate(_ value: Double) -> String {
    if value >= 100 { return fixed(value, 0) }
    if value >= 10 { return fixed(value, 1) }
    if value >= 1 { return fixed(value, 2) }
    return fixed(value, 3)
  }

  /// A duration for people: "850 ms" below two seconds, "12.4 s" above.
  static func formatSeconds(_ seconds: Double) -> String {
    seconds < 2 ? fixed(seconds * 1000, 0) + " ms" : fixed(seconds, 1) + " s"
  }

  /// Kibibytes as mebibytes for people: "212.5 MiB".
  static func formatKiB(_ kib: Int) -> String { fixed(Double(kib) / 1024, 1) + " MiB" }
}
