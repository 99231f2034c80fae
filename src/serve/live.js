// Injected by `klarsicht serve` only.
(function () {
  "use strict";
  var es = new EventSource("/__klarsicht/events");
  es.addEventListener("reload", function (e) {
    var c = JSON.parse(e.data);
    if (c.all || document.getElementById("klarsicht-error") || c.files.indexOf(ownFile()) >= 0) {
      window.location.reload();
    }
  });
  es.addEventListener("failed", function (e) { show(JSON.parse(e.data)); });
  // The output file this page was served from: /a/b/ is a/b/index.html.
  function ownFile() {
    var p = decodeURIComponent(window.location.pathname).replace(/^\/+/, "");
    return p === "" || p.slice(-1) === "/" ? p + "index.html" : p;
  }
  function show(failed) {
    var box = document.getElementById("klarsicht-error");
    if (!box) {
      box = document.createElement("div");
      box.id = "klarsicht-error";
      box.setAttribute("role", "alert");
      var s = box.style;
      s.position = "fixed"; s.left = "0"; s.right = "0"; s.bottom = "0"; s.maxHeight = "60vh";
      s.overflow = "auto"; s.zIndex = "2147483647"; s.background = "#1a1a1a"; s.color = "#fff";
      s.borderTop = "6px solid #d4351c"; s.padding = "1rem 1.5rem"; s.font = "15px/1.5 system-ui, sans-serif";
      document.body.appendChild(box);
    }
    var h = document.createElement("p");
    h.style.fontWeight = "700";
    h.style.margin = "0 0 .5rem";
    h.textContent = failed.title;
    var pre = document.createElement("pre");
    pre.style.whiteSpace = "pre-wrap";
    pre.style.margin = "0";
    pre.style.font = "14px/1.45 ui-monospace, monospace";
    pre.textContent = failed.text;
    box.replaceChildren(h, pre);
  }
})();
