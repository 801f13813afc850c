import ParleyExtract
import ParleyGraph

extension HTMLReport {
  /// The actors with a section: the most events first, ties by id.
  func topActors() -> [ActorSummary] {
    graph.actors.filter { $0.events > 0 }
      .sorted { ($0.events, $1.actor.id) > ($1.events, $0.actor.id) }
      .prefix(max(0, actorSections)).map { $0 }
  }

  func actorsSection() -> String {
    let top = topActors()
    var byActor: [String: [Event]] = [:]
    for e in graph.events {
      byActor[e.source, default: []].append(e)
      if e.target != e.source { byActor[e.target, default: []].append(e) }
    }
    var out = "<section id=\"actors\">\n<h2>The \(top.count) most active actors</h2>\n"
    if top.isEmpty { out += "<p>No actor took part in an event.</p>\n" }
    for summary in top { out += actorSection(summary, events: byActor[summary.actor.id] ?? []) }
    return out + "</section>\n"
  }

  func actorSection(_ summary: ActorSummary, events: [Event]) -> String {
    let h = Self.h
    let a = summary.actor
    let details = [a.kind.rawValue, a.country, a.sector].compactMap { $0 }.joined(separator: " · ")
    var out = "<article class=\"actor-card sector-\(NetworkDiagram.classToken(a.sector ?? "none"))\" id=\"actor-\(h(a.id))\">\n"
    out += "<h3>\(h(a.name)) <small>\(h(details))</small></h3>\n<dl class=\"facts\">\n"
    let aliases = a.aliases.filter { $0 != a.name }
    if !aliases.isEmpty { out += "<dt>Also called</dt><dd>\(h(aliases.prefix(12).joined(separator: ", ")))\(aliases.count > 12 ? " …" : "")</dd>\n" }
    if !a.roles.isEmpty {
      let roles = a.roles.prefix(8).map { r in r.title + (r.country.map { " (\($0))" } ?? "") + (r.seen.map { ", seen \($0)" } ?? "") }
      out += "<dt>Roles</dt><dd>\(h(roles.joined(separator: "; ")))</dd>\n"
    }
    var statuses: [InteractionStatus: Int] = [:]
    var quads: [QuadClass: Int] = [:]
    for e in events {
      statuses[e.status, default: 0] += 1
      quads[e.type.quadClass, default: 0] += 1
    }
    let statusText = InteractionStatus.allCases.compactMap { s in statuses[s].map { "\($0) \(s.rawValue)" } }.joined(separator: ", ")
    out += "<dt>Events</dt><dd>\(grouped(events.count)) (\(h(statusText))); \(grouped(summary.mentions)) mentions</dd>\n"
    let quadText = [QuadClass.verbalCooperation, .materialCooperation, .verbalConflict, .materialConflict]
      .compactMap { q in quads[q].map { "\($0) \(q.rawValue.replacingOccurrences(of: "-", with: " "))" } }.joined(separator: ", ")
    out += "<dt>By kind</dt><dd>\(h(quadText))</dd>\n"
    let dates = events.compactMap(\.date).sorted()
    if let first = dates.first, let last = dates.last {
      out += "<dt>Dates</dt><dd>\(first == last ? first.description : "\(first) – \(last)")</dd>\n"
    }
    out += "</dl>\n"
    // Partners by shared events.
    var partners: [String: (count: Int, types: [InteractionType: Int])] = [:]
    for e in events {
      let other = e.source == a.id ? e.target : e.source
      guard other != a.id else { continue }
      var entry = partners[other] ?? (0, [:])
      entry.count += 1
      entry.types[e.type, default: 0] += 1
      partners[other] = entry
    }
    let ranked = partners.keys.sorted { (partners[$0]!.count, $1) > (partners[$1]!.count, $0) }
    if !ranked.isEmpty {
      out += "<table class=\"partners\"><thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Events</th><th scope=\"col\">Types</th></tr></thead><tbody>\n"
      for id in ranked.prefix(8) {
        let entry = partners[id]!
        let types = entry.types.keys.sorted { (entry.types[$0]!, $1.rawValue) > (entry.types[$1]!, $0.rawValue) }
          .map { "\($0.rawValue) \(entry.types[$0]!)" }.joined(separator: ", ")
        out += "<tr><td>\(h(name(id)))</td><td>\(entry.count)</td><td>\(h(types))</td></tr>\n"
      }
      out += "</tbody></table>\n"
      if ranked.count > 8 { out += "<p class=\"more\">and \(ranked.count - 8) more partners</p>\n" }
    }
    out += "<p><button type=\"button\" class=\"show-actor\" data-actor=\"\(h(a.id))\">Show \(h(a.name))’s \(grouped(events.count)) events in the table</button></p>\n"
    return out + "</article>\n"
  }
}
