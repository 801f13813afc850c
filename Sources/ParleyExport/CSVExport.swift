import Foundation
import ParleyExtract
import ParleyGraph

/// `events.csv`, `mentions.csv` and `actors.csv`: flat tables in the spirit of GDELT's
/// event files, for spreadsheets, pandas and R.
///
/// RFC 4180: a header row, every record ended by CRLF, fields that contain a comma, a
/// quote, CR or LF enclosed in double quotes with inner quotes doubled. UTF-8 without a
/// byte-order mark. Missing values are empty fields. Against spreadsheet formula injection,
/// a text cell that starts with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`
/// (numbers, booleans and dates are written as they are).
public enum CSVExport {
  /// A cell: text (guarded against formula injection) or a plain value.
  enum Cell {
    case text(String?)
    case plain(String?)
  }

  /// The columns of `events.csv`.
  public static let eventColumns = [
    "id", "date", "date_precision", "date_value", "source_id", "source_name", "source_country",
    "source_sector", "target_id", "target_name", "target_country", "target_sector", "type",
    "mode", "status", "reciprocal", "mentions", "articles", "outlets", "outlet_names",
    "first_reported", "last_reported", "first_article", "fulfils", "evidence",
  ]

  /// The columns of `mentions.csv`.
  public static let mentionColumns = [
    "article", "article_date", "outlet", "sentence", "date", "date_precision", "date_value", "date_text",
    "source_id", "source_name", "source_country", "source_sector", "target_id",
    "target_name", "target_country", "target_sector", "type", "mode", "status",
    "reciprocal", "trigger", "evidence",
  ]

  /// The columns of `actors.csv`.
  public static let actorColumns = [
    "id", "name", "kind", "country", "sector", "aliases", "mentions", "events",
  ]

  /// `events.csv`: one row per merged event, in the graph's event order. `outlets` counts
  /// the distinct outlets that report it and `outlet_names` joins them with "; ";
  /// `first_reported` and `last_reported` are the earliest and latest article dates;
  /// `fulfils` is the id of the planned event an occurred one carried out.
  public static func events(of graph: EventGraph) -> String {
    table(eventColumns, graph.events.map { e in
      let s = graph.actor(e.source)?.actor
      let t = graph.actor(e.target)?.actor
      return [
        .text(e.id), .plain(e.date?.description), .text(e.datePrecision), .plain(e.dateValue),
        .text(e.source), .text(s?.name), .text(s?.country), .text(s?.sector),
        .text(e.target), .text(t?.name), .text(t?.country), .text(t?.sector),
        .text(e.type.rawValue), .text(e.mode), .text(e.status.rawValue),
        .plain(e.reciprocal ? "true" : "false"), .plain(String(e.mentions)),
        .plain(String(e.articles.count)), .plain(String(e.outlets.count)),
        .text(e.outlets.isEmpty ? nil : e.outlets.joined(separator: "; ")),
        .plain(e.firstReported?.description), .plain(e.lastReported?.description),
        .text(e.articles.first), .text(e.fulfils), .text(e.evidence.first),
      ]
    })
  }

  /// `mentions.csv`: one row per interaction mention, in the graph's mention order.
  public static func mentions(of graph: EventGraph) -> String {
    table(mentionColumns, graph.mentions.map { m in
      [
        .text(m.article), .plain(m.articleDate?.description), .text(m.outlet), .plain(String(m.sentence)),
        .plain(m.date?.description), .text(m.datePrecision), .plain(m.dateValue), .text(m.dateText),
        .text(m.source.id), .text(m.source.name), .text(m.source.country), .text(m.source.sector),
        .text(m.target.id), .text(m.target.name), .text(m.target.country), .text(m.target.sector),
        .text(m.type.rawValue), .text(m.mode), .text(m.status.rawValue),
        .plain(m.reciprocal ? "true" : "false"), .text(m.trigger), .text(m.evidence),
      ]
    })
  }

  /// `actors.csv`: one row per canonical actor, by id; aliases joined with "; ".
  public static func actors(of graph: EventGraph) -> String {
    table(actorColumns, graph.actors.map { a in
      [
        .text(a.actor.id), .text(a.actor.name), .text(a.actor.kind.rawValue),
        .text(a.actor.country), .text(a.actor.sector),
        .text(a.actor.aliases.joined(separator: "; ")),
        .plain(String(a.mentions)), .plain(String(a.events)),
      ]
    })
  }

  /// The table with a header row, CRLF after every record.
  static func table(_ header: [String], _ rows: [[Cell]]) -> String {
    var out = header.map(field).joined(separator: ",") + "\r\n"
    for row in rows {
      out += row.map { cell in
        switch cell {
        case .text(let s): field(neutralised(s ?? ""))
        case .plain(let s): field(s ?? "")
        }
      }.joined(separator: ",")
      out += "\r\n"
    }
    return out
  }

  /// `text` with a leading `'` when a spreadsheet would read it as a formula.
  public static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
  }

  /// `text` as an RFC 4180 field: quoted when it holds a comma, a quote, CR or LF.
  public static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
