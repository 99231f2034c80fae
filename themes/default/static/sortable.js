// Sortable tables, as progressive enhancement: without this script every
// table is complete and in a sensible order. Column headers of tables with
// class "sortable" become buttons; cells may carry data-sort with a machine
// value (cents, percent), empty values sort last. The totals row sits in
// <tfoot> and never moves.
(function () {
  "use strict";
  var lang = document.documentElement.lang || undefined;
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });

  function key(cell) {
    if (!cell) return { empty: true };
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    if (raw === "" || raw === "–") return { empty: true };
    var num = cell.hasAttribute("data-sort") ? Number(raw) : NaN;
    return isNaN(num) ? { text: raw } : { num: num };
  }

  function compare(a, b) {
    if (a.empty || b.empty) return a.empty && b.empty ? 0 : a.empty ? 1 : -1;
    if (a.num !== undefined && b.num !== undefined) return a.num - b.num;
    return collator.compare(String(a.text !== undefined ? a.text : a.num), String(b.text !== undefined ? b.text : b.num));
  }

  function sortBy(table, index, th) {
    var body = table.tBodies[0];
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    if (rows.length < 2) return;
    var keyed = rows.map(function (row, i) { return { row: row, key: key(row.cells[index]), i: i }; });
    keyed.sort(function (x, y) {
      var empties = (x.key.empty ? 1 : 0) - (y.key.empty ? 1 : 0);
      if (empties !== 0) return empties; // empty cells last in both directions
      var c = compare(x.key, y.key);
      return (ascending ? c : -c) || x.i - y.i;
    });
    keyed.forEach(function (k) { body.appendChild(k.row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  // A table wider than its box: say that it scrolls, in the page's language.
  var hint = document.documentElement.lang === "de" ? "Die Tabelle ist breiter als die Seite: seitlich wischen oder scrollen." : "The table is wider than the page: swipe or scroll sideways.";
  function markScrolling() {
    Array.prototype.forEach.call(document.querySelectorAll(".table-wrap"), function (wrap) {
      var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      var before = wrap.previousElementSibling;
      var has = before && before.classList.contains("scroll-hint");
      if (scrolls && !has) {
        var p = document.createElement("p");
        p.className = "scroll-hint";
        p.textContent = hint;
        wrap.parentNode.insertBefore(p, wrap);
        wrap.setAttribute("tabindex", "0");
      } else if (!scrolls && has) {
        before.remove();
        wrap.removeAttribute("tabindex");
      }
    });
  }
  window.addEventListener("resize", markScrolling);

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    if (!table.tHead || !table.tBodies[0]) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, index, th); });
    });
  });
  // After the sort buttons: their arrows widen the headers.
  markScrolling();
})();
