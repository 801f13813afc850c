/// The style sheet and script inlined into `report.html` (fixed text, nothing from articles).
enum HTMLReportAssets {
  static let css = """

    :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --band: #f5f7fa; --accent: #2b7bba;
      --vcoop: #2b7bba; --mcoop: #1a9850; --vconf: #f28e2b; --mconf: #d73027; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
    header { position: sticky; top: 0; z-index: 2; display: flex; gap: 2em; align-items: baseline; padding: .6em 1.5em; background: #fff; border-bottom: 1px solid var(--line); }
    header h1 { margin: 0; font-size: 1.3em; }
    nav a { margin-right: 1em; color: var(--accent); text-decoration: none; }
    nav a:hover { text-decoration: underline; }
    main { padding: 0 1.5em 2em; }
    section { margin-top: 1.5em; }
    h2 { font-size: 1.25em; border-bottom: 2px solid var(--line); padding-bottom: .2em; }
    h3 { font-size: 1.05em; margin: .2em 0 .4em; }
    h3 small { color: var(--muted); font-weight: normal; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1.2em; margin: .4em 0; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; }
    ul.cuts { padding-left: 1.2em; }
    figure.picture { margin: 0; }
    figure.picture .scroll { overflow: auto; max-height: 95vh; border: 1px solid var(--line); border-radius: 4px; }
    figure.picture svg { display: block; max-width: 100%; height: auto; }
    figcaption { color: var(--muted); font-size: .9em; margin-top: .3em; }
    svg .node:hover polygon, svg .node:hover ellipse, svg .edge:hover path { stroke-width: 3; }
    .controls { display: flex; flex-wrap: wrap; gap: .6em 1em; align-items: center; margin: .5em 0; }
    .controls input[type=search] { width: 22em; }
    .controls select { max-width: 16em; }
    #shown-count { color: var(--muted); }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    #events-table th, #events-table td { border-bottom: 1px solid var(--line); padding: .3em .5em; vertical-align: top; text-align: left; }
    #events-table thead th { position: sticky; top: 2.6em; background: var(--band); z-index: 1; white-space: nowrap; }
    #events-table th button { font: inherit; font-weight: bold; border: 0; background: none; padding: 0; cursor: pointer; color: var(--ink); }
    #events-table th button::after { content: " ↕"; color: #9aa2b1; }
    #events-table th[aria-sort=ascending] button::after { content: " ▲"; color: var(--ink); }
    #events-table th[aria-sort=descending] button::after { content: " ▼"; color: var(--ink); }
    #events-table td:first-child { white-space: nowrap; }
    #events-table tbody tr:nth-child(even) { background: #fbfcfd; }
    #events-table tr[hidden] { display: none; }
    td.evidence { max-width: 60em; }
    td.evidence p { margin: 0 0 .3em; }
    td.evidence details summary { color: var(--muted); cursor: pointer; }
    code.path { font-size: .8em; color: var(--muted); word-break: break-all; }
    .type { display: inline-block; padding: 0 .35em; border-radius: 3px; color: #fff; font-size: .85em; font-weight: 600; }
    .type.verbal-cooperation { background: var(--vcoop); }
    .type.material-cooperation { background: var(--mcoop); }
    .type.verbal-conflict { background: var(--vconf); }
    .type.material-conflict { background: var(--mconf); }
    .status-planned, .status-negated, .status-hypothetical { font-style: italic; color: var(--muted); }
    .more { color: var(--muted); font-size: .9em; }
    #events-table tbody tr { scroll-margin-top: 5em; }
    #events-table tbody tr:target { outline: 2px solid var(--accent); }
    ul.outlets { margin: .2em 0 0; padding: 0; list-style: none; font-size: .85em; color: var(--muted); }
    small.reported { color: var(--muted); white-space: nowrap; }
    a.fulfils, span.fulfils { font-size: .85em; font-style: normal; white-space: nowrap; }
    #actors { display: grid; grid-template-columns: repeat(auto-fill, minmax(28em, 1fr)); gap: 1em; }
    #actors h2 { grid-column: 1 / -1; }
    .actor-card { border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 4px; padding: .6em .9em; }
    table.partners { font-size: .92em; margin: .4em 0; }
    table.partners th, table.partners td { text-align: left; padding: .1em .6em .1em 0; border-bottom: 1px solid var(--line); }
    .warning { color: var(--mconf); }
    footer { color: var(--muted); font-size: .85em; padding: 1em 1.5em; border-top: 1px solid var(--line); }
    @media print { header { position: static; } #events-table thead th { position: static; } .controls, .show-actor { display: none; } }

    """

  /// Sorting and filtering of the events table. The address fragment drives it too, so a
  /// headless browser can check it: `#click=KEY,KEY` clicks those column headings in turn,
  /// `#filter=WORDS`, `#actor=ID`, and `#selftest` runs checks and writes `ok` or the
  /// failures to `data-selftest` on `<body>`. Script errors are collected in `data-errors`.
  static let script = #"""

    (function () {
      "use strict";
      var errors = [];
      window.addEventListener("error", function (e) {
        errors.push(String(e.message));
        document.body.setAttribute("data-errors", errors.join(" | "));
      });
      var table = document.getElementById("events-table");
      if (!table) { return; }
      var tbody = table.tBodies[0];
      var rows = Array.prototype.slice.call(tbody.rows);
      var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
      var text = rows.map(function (r) { return r.textContent.toLowerCase(); });
      var filterBox = document.getElementById("filter");
      var typeBox = document.getElementById("type-filter");
      var statusBox = document.getElementById("status-filter");
      var actorBox = document.getElementById("actor-filter");
      var countBox = document.getElementById("shown-count");
      var state = { key: "", dir: "" };

      function cellKey(row, column, numeric) {
        var cell = row.cells[column];
        var value = cell.getAttribute("data-sort");
        if (value === null) { value = cell.textContent; }
        return numeric ? parseFloat(value) || 0 : value.toLowerCase();
      }

      function sortBy(key, dir) {
        var column = -1;
        heads.forEach(function (th, i) { if (th.getAttribute("data-key") === key) { column = i; } });
        if (column < 0) { return false; }
        var numeric = heads[column].hasAttribute("data-numeric");
        var sign = dir === "descending" ? -1 : 1;
        var keyed = rows.map(function (r) {
          return { row: r, key: cellKey(r, column, numeric), index: +r.getAttribute("data-index") };
        });
        keyed.sort(function (a, b) {
          if (a.key < b.key) { return -sign; }
          if (a.key > b.key) { return sign; }
          return a.index - b.index;
        });
        var fragment = document.createDocumentFragment();
        keyed.forEach(function (k) { fragment.appendChild(k.row); });
        tbody.appendChild(fragment);
        heads.forEach(function (th, i) { th.setAttribute("aria-sort", i === column ? dir : "none"); });
        state.key = key; state.dir = dir;
        table.setAttribute("data-sorted", key + ":" + dir);
        return true;
      }

      heads.forEach(function (th) {
        var button = th.querySelector("button");
        if (!button) { return; }
        button.addEventListener("click", function () {
          var key = th.getAttribute("data-key");
          var dir = state.key === key && state.dir === "ascending" ? "descending" : "ascending";
          sortBy(key, dir);
        });
      });

      function applyFilters() {
        var words = filterBox.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
        var type = typeBox.value, status = statusBox.value, actor = actorBox.value;
        var shown = 0;
        rows.forEach(function (r, i) {
          var ok = (!type || r.getAttribute("data-type") === type)
            && (!status || r.getAttribute("data-status") === status)
            && (!actor || (" " + r.getAttribute("data-actors") + " ").indexOf(" " + actor + " ") >= 0)
            && words.every(function (w) { return text[i].indexOf(w) >= 0; });
          r.hidden = !ok;
          if (ok) { shown += 1; }
        });
        countBox.textContent = shown.toLocaleString("en-US") + " of " + rows.length.toLocaleString("en-US") + " events";
        table.setAttribute("data-shown", String(shown));
        return shown;
      }

      var timer = 0;
      filterBox.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(applyFilters, 120); });
      [typeBox, statusBox, actorBox].forEach(function (box) { box.addEventListener("change", applyFilters); });
      document.getElementById("clear-filters").addEventListener("click", function () {
        filterBox.value = ""; typeBox.value = ""; statusBox.value = ""; actorBox.value = "";
        applyFilters();
      });
      Array.prototype.forEach.call(document.querySelectorAll("button.show-actor"), function (b) {
        b.addEventListener("click", function () {
          actorBox.value = b.getAttribute("data-actor");
          applyFilters();
          document.getElementById("events").scrollIntoView();
        });
      });

      function selfTest() {
        var failures = [];
        if (rows.length !== +table.getAttribute("data-count")) { failures.push("row count"); }
        heads.forEach(function (th, column) {
          var key = th.getAttribute("data-key"), numeric = th.hasAttribute("data-numeric");
          ["ascending", "descending"].forEach(function (dir) {
            sortBy(key, dir);
            var now = Array.prototype.slice.call(tbody.rows);
            for (var i = 1; i < now.length; i++) {
              var a = cellKey(now[i - 1], column, numeric), b = cellKey(now[i], column, numeric);
              if (dir === "ascending" ? a > b : a < b) { failures.push("sort " + key + " " + dir); break; }
            }
          });
        });
        sortBy("date", "ascending");
        if (rows.length > 0) {
          var first = rows[0].getAttribute("data-type");
          typeBox.value = first;
          var n = applyFilters();
          var expected = rows.filter(function (r) { return r.getAttribute("data-type") === first; }).length;
          if (n !== expected) { failures.push("type filter"); }
          typeBox.value = "";
        }
        filterBox.value = "\u0001no-such-word\u0001";
        if (applyFilters() !== 0) { failures.push("text filter"); }
        filterBox.value = "";
        applyFilters();
        var svgs = document.querySelectorAll("figure.picture svg");
        if (svgs.length !== 2) { failures.push(svgs.length + " pictures"); }
        Array.prototype.forEach.call(svgs, function (svg) {
          if (!svg.querySelector("desc")) { failures.push("no desc"); }
          var tips = svg.querySelectorAll("a > title").length;
          if (svg.querySelectorAll("a").length > 0 && tips === 0) { failures.push("no tooltips"); }
        });
        Array.prototype.forEach.call(document.querySelectorAll("a.fulfils"), function (a) {
          if (!document.getElementById(a.getAttribute("href").slice(1))) { failures.push("dangling link " + a.getAttribute("href")); }
        });
        if (document.querySelectorAll("script").length !== 1) { failures.push("extra scripts"); }
        if (errors.length > 0) { failures.push("errors: " + errors.join(" | ")); }
        return failures.length === 0 ? "ok" : failures.join("; ");
      }

      function runFragment() {
        var hash = decodeURIComponent(location.hash.replace(/^#/, ""));
        hash.split("&").forEach(function (part) {
          var eq = part.indexOf("="), name = eq < 0 ? part : part.slice(0, eq), value = eq < 0 ? "" : part.slice(eq + 1);
          if (name === "click") {
            value.split(",").forEach(function (key) {
              heads.forEach(function (th) {
                if (th.getAttribute("data-key") === key) { th.querySelector("button").click(); }
              });
            });
          } else if (name === "filter") {
            filterBox.value = value; applyFilters();
          } else if (name === "actor") {
            actorBox.value = value; applyFilters();
          } else if (name.indexOf("row-") === 0) {
            var target = document.getElementById(name);
            if (target && target.hidden) {
              filterBox.value = ""; typeBox.value = ""; statusBox.value = ""; actorBox.value = "";
              applyFilters();
              target.scrollIntoView();
            }
          } else if (name === "selftest") {
            document.body.setAttribute("data-selftest", selfTest());
          }
        });
      }
      applyFilters();
      runFragment();
      window.addEventListener("hashchange", runFragment);
      window.parleyReport = { sortBy: sortBy, applyFilters: applyFilters, selfTest: selfTest };
    })();

    """#
}
