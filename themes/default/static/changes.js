// Filters of the changes page, as progressive enhancement: without this
// script the page lists every change. Entries carry data-kind and
// data-goals (goal slugs, space-separated); a day whose entries are all
// hidden is hidden too, and a polite live region says how many remain.
(function () {
  "use strict";
  var form = document.querySelector(".changes-filter");
  if (!form) return;
  var goal = document.getElementById("filter-goal");
  var kind = document.getElementById("filter-kind");
  var count = document.getElementById("filter-count");
  var entries = Array.prototype.slice.call(document.querySelectorAll(".changes-list li"));
  var days = Array.prototype.slice.call(document.querySelectorAll(".change-day"));

  function apply() {
    var g = goal.value, k = kind.value, shown = 0;
    entries.forEach(function (li) {
      var goals = (li.getAttribute("data-goals") || "").split(" ");
      var ok = (!g || goals.indexOf(g) >= 0) && (!k || li.getAttribute("data-kind") === k);
      li.hidden = !ok;
      if (ok) shown++;
    });
    days.forEach(function (day) {
      day.hidden = !day.querySelector(".changes-list li:not([hidden])");
    });
    var text = shown === 1 ? count.getAttribute("data-text-one") : count.getAttribute("data-text").replace("{count}", String(shown));
    count.textContent = (g || k) ? text : "";
  }

  goal.addEventListener("change", apply);
  kind.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
})();
