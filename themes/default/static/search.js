// Full-text search over the Pagefind index the build wrote to pagefind/.
// Loaded as a module from the search page only. Everything is relative to the
// site root, so the portal works under any sub-path; no other host is asked.
const box = document.getElementById("search");
const root = new URL(box.dataset.root, window.location.href);
const t = box.dataset;
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const index = document.getElementById("search-index");
const selects = Array.from(box.querySelectorAll("select[data-filter]"));
const PAGE = 10;

let pagefind = null;
let results = [];
let shown = 0;
let generation = 0;

function say(text) {
  status.textContent = text;
}

function countText(n) {
  if (n === 0) return t.tNone;
  return n === 1 ? t.tResultsOne : t.tResults.replace("{count}", String(n));
}

// As the build spells extra index words: lowercase, umlauts and ß written out.
function plain(word) {
  return word
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "")
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss");
}

// The record's own text ends at the mark; extra index words (transliterations,
// compound parts) follow it and are never shown. A hit on an extra word marks
// the words of the text it stands for.
function excerpt(data) {
  const words = data.content.split(/[^\S\uFEFF]+/);
  const cut = words.indexOf(t.mark);
  const main = cut < 0 ? words : words.slice(0, cut);
  // The text opens with the title, which the result shows already.
  const from = Math.min(main.length, (data.meta.title || "").split(/\s+/).filter(Boolean).length);
  const hits = new Set();
  const extra = new Set();
  for (const l of data.locations || []) {
    if (l < main.length) hits.add(l);
    else if (l > cut) extra.add(plain(words[l]));
  }
  if (extra.size) {
    main.forEach((w, i) => {
      const p = plain(w);
      for (const e of extra) if (e && (p === e || p.endsWith(e))) hits.add(i);
    });
  }
  const inText = [...hits].filter((i) => i >= from);
  const p = document.createElement("p");
  p.className = "excerpt";
  if (inText.length === 0) {
    p.textContent = data.meta.description || "";
    return p;
  }
  const first = Math.min(...inText);
  const length = 30;
  const start = Math.max(from, Math.min(first - 8, main.length - length));
  const end = Math.min(main.length, start + length);
  if (start > from) p.append("… ");
  for (let i = start; i < end; i++) {
    if (i > start) p.append(" ");
    if (hits.has(i)) {
      const m = document.createElement("mark");
      m.textContent = main[i];
      p.append(m);
    } else {
      p.append(main[i]);
    }
  }
  if (end < main.length) p.append(" …");
  return p;
}

function item(data) {
  const li = document.createElement("li");
  li.className = "result";
  const h = document.createElement("h3");
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = data.meta.title;
  h.append(a);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [data.meta.kind, data.meta.status].filter(Boolean).join(" · ");
  li.append(h, meta, excerpt(data));
  return li;
}

async function showMore() {
  const mine = generation;
  const next = results.slice(shown, shown + PAGE);
  const datas = await Promise.all(next.map((r) => r.data()));
  if (mine !== generation) return;
  for (const d of datas) list.append(item(d));
  shown += next.length;
  more.hidden = shown >= results.length;
}

function chosenFilters() {
  const f = {};
  for (const s of selects) if (s.value) f[s.dataset.filter] = s.value;
  return f;
}

// Option labels carry the number of results each choice would leave.
function updateCounts(counts) {
  for (const s of selects) {
    const values = counts[s.dataset.filter] || {};
    for (const o of s.options) {
      if (!o.value) continue;
      const n = values[o.value] ?? 0;
      o.textContent = `${o.value} (${n})`;
    }
  }
}

function syncUrl(query, filters) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [k, v] of Object.entries(filters)) params.set(k, v);
  const qs = params.toString();
  history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
}

async function run() {
  const mine = ++generation;
  const query = input.value.trim();
  const filters = chosenFilters();
  syncUrl(query, filters);
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    more.hidden = true;
    index.hidden = false;
    say("");
    updateCounts((await pagefind.filters()) || {});
    return;
  }
  say(t.tLoading);
  const search = await pagefind.search(query || null, { filters });
  if (mine !== generation || !search) return;
  results = search.results;
  shown = 0;
  list.replaceChildren();
  index.hidden = true;
  updateCounts(search.filters || {});
  await showMore();
  if (mine !== generation) return;
  const extra = Object.keys(filters).length ? ` ${t.tFiltered}` : "";
  const quoted = t.tQuoted.replace("{query}", query);
  say(query ? `${countText(results.length)}${extra}: ${quoted}` : `${countText(results.length)}${extra}`);
}

async function start() {
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    await pagefind.options({ baseUrl: root.pathname });
    await pagefind.init();
    const all = (await pagefind.filters()) || {};
    for (const s of selects) {
      const values = Object.keys(all[s.dataset.filter] || {}).sort((a, b) =>
        a.localeCompare(b, document.documentElement.lang, { numeric: true }),
      );
      for (const v of values) s.append(new Option(v, v));
      // A filter with no values (say, no owners) is left out.
      s.parentElement.hidden = values.length === 0;
    }
  } catch (e) {
    box.hidden = false;
    box.querySelector("form").hidden = true;
    say(t.tFailed);
    return;
  }
  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  for (const s of selects) s.value = params.get(s.dataset.filter) || "";
  box.hidden = false;
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  for (const s of selects) s.addEventListener("change", run);
  box.querySelector("form").addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  more.addEventListener("click", showMore);
  await run();
}

start();
