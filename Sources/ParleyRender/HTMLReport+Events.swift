import ParleyExtract
import ParleyGraph

extension HTMLReport {
  /// The columns of the events table: the key the script and the `#click=` address use,
  /// the heading, and whether the column sorts as numbers.
  static let eventColumns: [(key: String, heading: String, numeric: Bool)] = [
    ("date", "Date", true), ("participants", "Participants", false), ("type", "Type", false),
    ("mode", "Mode", false), ("status", "Status", false), ("articles", "Articles", true),
    ("outlets", "Outlets", true), ("evidence", "Evidence", false),
  ]

  /// For each event, its evidence sentences (at most ``evidencePerEvent``) with the article
  /// each was read in.
  func evidence(of event: Event, articlesBySentence: [String: [String]]) -> [(sentence: String, article: String?)] {
    let articles = Set(event.articles)
    return event.evidence.prefix(Self.evidencePerEvent).map { sentence in
      (sentence, articlesBySentence[sentence]?.first { articles.contains($0) } ?? event.articles.first)
    }
  }

  func eventsSection() -> String {
    var articlesBySentence: [String: [String]] = [:]
    for m in graph.mentions { articlesBySentence[m.evidence, default: []].append(m.article) }
    let types = Set(graph.events.map(\.type)).sorted()
    let statuses = Set(graph.events.map(\.status)).sorted()
    var out = "<section id=\"events\">\n<h2>Events</h2>\n"
    out += "<p>One row per event, merged across sentences and articles. Click a heading to sort; type in the box to filter (all words must match).</p>\n"
    out += "<div class=\"controls\" role=\"search\">"
    out += "<label>Filter <input id=\"filter\" type=\"search\" placeholder=\"words, names, paths\" autocomplete=\"off\"></label> "
    out += "<label>Type <select id=\"type-filter\"><option value=\"\">all</option>"
    for t in types { out += "<option value=\"\(t.rawValue)\">\(t.rawValue)</option>" }
    out += "</select></label> <label>Status <select id=\"status-filter\"><option value=\"\">all</option>"
    for s in statuses { out += "<option value=\"\(s.rawValue)\">\(s.rawValue)</option>" }
    out += "</select></label> <label>Actor <select id=\"actor-filter\"><option value=\"\">all</option>"
    for a in graph.actors.sorted(by: { ($0.actor.name, $0.actor.id) < ($1.actor.name, $1.actor.id) }) where a.events > 0 {
      out += "<option value=\"\(Self.h(a.actor.id))\">\(Self.h(a.actor.name))</option>"
    }
    out += "</select></label> <button type=\"button\" id=\"clear-filters\">Clear</button> "
    out += "<span id=\"shown-count\" aria-live=\"polite\">\(grouped(graph.events.count)) of \(grouped(graph.events.count)) events</span></div>\n"
    out += "<div class=\"table-wrap\"><table id=\"events-table\" data-count=\"\(graph.events.count)\" data-sorted=\"\">\n<thead><tr>"
    for c in Self.eventColumns {
      out += "<th scope=\"col\" data-key=\"\(c.key)\"\(c.numeric ? " data-numeric=\"1\"" : "") aria-sort=\"none\"><button type=\"button\">\(c.heading)</button></th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    let shown = Set(graph.events.map(\.id))
    var fulfilledBy: [String: [String]] = [:]
    for e in graph.events { if let plan = e.fulfils { fulfilledBy[plan, default: []].append(e.id) } }
    let byID = Dictionary(graph.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for (index, e) in graph.events.enumerated() {
      out += row(
        e, index: index, articlesBySentence: articlesBySentence,
        links: links(of: e, fulfilledBy: fulfilledBy[e.id] ?? [], shown: shown, byID: byID))
    }
    return out + "</tbody>\n</table></div>\n</section>\n"
  }

  /// The name of actor `id` (its id when unknown).
  func name(_ id: String) -> String { graph.actor(id)?.actor.name ?? id }

  /// The `id` of the table row of event `id`.
  static func rowID(_ id: String) -> String { "row-" + id }

  /// The planned event `e` carried out and the events that carried out `e` (a plan), as
  /// links to their rows ("as planned 2025-04-20", "happened 2025-04-27"); an event the
  /// view left out is named without a link.
  func links(of e: Event, fulfilledBy: [String], shown: Set<String>, byID: [String: Event]) -> String {
    let h = Self.h
    func link(_ id: String, _ words: String) -> String {
      let when = byID[id].map { ($0.date?.description ?? $0.dateValue ?? "undated") } ?? id
      guard shown.contains(id) else {
        return "<span class=\"fulfils\" title=\"\(h(id)) (not in this view)\">\(words) \(h(when))</span>"
      }
      return "<a class=\"fulfils\" href=\"#\(h(Self.rowID(id)))\" title=\"\(h(id))\">\(words) \(h(when))</a>"
    }
    var parts: [String] = []
    if let plan = e.fulfils { parts.append(link(plan, "as planned")) }
    for id in fulfilledBy.sorted() { parts.append(link(id, "happened")) }
    return parts.joined(separator: " ")
  }

  func row(_ e: Event, index: Int, articlesBySentence: [String: [String]], links: String = "") -> String {
    let h = Self.h
    // Undated events sort after every dated one.
    let dateKey = e.date.map { String($0.dayNumber) } ?? "99999999"
    let dateText = e.date.map { $0.description + (e.datePrecision.map { $0 == "day" ? "" : " (\($0))" } ?? "") }
      ?? (e.dateValue ?? "undated")
    let arrow = e.reciprocal ? "—" : "→"
    let participants = "\(name(e.source)) \(arrow) \(name(e.target))"
    var out = "<tr id=\"\(h(Self.rowID(e.id)))\" data-index=\"\(index)\" data-actors=\"\(h(e.source)) \(h(e.target))\" data-type=\"\(e.type.rawValue)\" data-status=\"\(e.status.rawValue)\" class=\"\(e.type.quadClass.rawValue)\">"
    out += "<td data-sort=\"\(dateKey)\">\(h(dateText))</td>"
    out += "<td data-sort=\"\(h(participants.lowercased()))\">\(h(name(e.source))) <span class=\"arrow\">\(arrow)</span> \(h(name(e.target)))</td>"
    out += "<td><span class=\"type \(e.type.quadClass.rawValue)\">\(e.type.rawValue)</span></td>"
    out += "<td>\(h(e.mode ?? ""))</td>"
    out += "<td class=\"status-\(e.status.rawValue)\" data-sort=\"\(e.status.rawValue)\">\(e.status.rawValue)"
    if !links.isEmpty { out += "<br>" + links }
    out += "</td>"
    var reported = ""
    if let first = e.firstReported, let last = e.lastReported {
      reported = first == last ? "reported \(first)" : "reported \(first) – \(last)"
    }
    out += "<td data-sort=\"\(e.articles.count)\"\(reported.isEmpty ? "" : " title=\"\(reported)\"")>\(e.articles.count)"
    if !reported.isEmpty { out += "<br><small class=\"reported\">\(reported.replacingOccurrences(of: "reported ", with: ""))</small>" }
    out += "</td>"
    let outletNames = e.outlets.joined(separator: "; ")
    out += "<td data-sort=\"\(e.outlets.count)\"\(e.outlets.isEmpty ? "" : " title=\"\(h(outletNames))\"")>\(e.outlets.count)"
    if !e.outlets.isEmpty {
      out += "<ul class=\"outlets\">"
      for o in e.outlets.prefix(Self.outletsPerEvent) { out += "<li>\(h(o))</li>" }
      if e.outlets.count > Self.outletsPerEvent { out += "<li class=\"more\">… \(e.outlets.count - Self.outletsPerEvent) more</li>" }
      out += "</ul>"
    }
    out += "</td>"
    let pieces = evidence(of: e, articlesBySentence: articlesBySentence)
    out += "<td class=\"evidence\" data-sort=\"\(h((e.evidence.first ?? "").lowercased()))\">"
    for p in pieces {
      out += "<p>“\(h(p.sentence))”"
      if let a = p.article { out += " <code class=\"path\">\(h(a))</code>" }
      out += "</p>"
    }
    if e.evidence.count > pieces.count { out += "<p class=\"more\">… \(e.evidence.count - pieces.count) more sentences</p>" }
    if e.articles.count > 1 {
      out += "<details><summary>\(e.articles.count) articles</summary>"
      for a in e.articles.prefix(50) { out += "<code class=\"path\">\(h(a))</code> " }
      if e.articles.count > 50 { out += "…" }
      out += "</details>"
    }
    return out + "</td></tr>\n"
  }
}
