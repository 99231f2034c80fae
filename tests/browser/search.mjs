// Browser test of the search: builds content-example, serves it on 127.0.0.1
// under a sub-path, and drives Debian's chromium through playwright-core.
// Usage (from the repository root): node tests/browser/search.mjs
// Env: KLARSICHT (binary, default target/debug/klarsicht), CHROMIUM (default /usr/bin/chromium).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { checks, launch, serve } from "./harness.mjs";

const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/debug/klarsicht");
const work = mkdtempSync(join(tmpdir(), "klarsicht-search-"));
const site = join(work, "site");
execFileSync(bin, ["build", join(repo, "content-example"), "--output", site, "--today", "2025-07-15"], {
  stdio: "inherit",
});

// A plain static host under a sub-path: /stadt/portal/ maps to the output.
const PREFIX = "/stadt/portal/";
const server = await serve(site, PREFIX);
const base = server.base;
const browser = await launch();
const page = await browser.newPage();
const requests = [];
page.on("request", (r) => requests.push(r.url()));
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));

const { check, failures } = checks();

/// The search page's answer: status text, result titles, kinds and excerpts.
async function answer() {
  await page.waitForFunction(() => {
    const s = document.getElementById("search-status").textContent;
    return s && !s.endsWith("…");
  });
  return page.evaluate(() => ({
    status: document.getElementById("search-status").textContent.replace(/\u00a0/g, " "),
    titles: [...document.querySelectorAll("#search-results h3")].map((h) => h.textContent),
    metas: [...document.querySelectorAll("#search-results .meta")].map((m) => m.textContent),
    marks: [...document.querySelectorAll("#search-results .excerpt")].map((e) =>
      [...e.querySelectorAll("mark")].map((m) => m.textContent),
    ),
  }));
}

async function search(query) {
  await page.fill("#search-q", query);
  await page.press("#search-q", "Enter");
  await page.waitForFunction((q) => document.getElementById("search-status").textContent.includes(`„${q}“`), query);
  return answer();
}

/// The words of one page the index matched for `query`, straight from Pagefind.
async function matchedWords(query, urlEnd) {
  return page.evaluate(
    async ([root, q, end]) => {
      const pf = await import(`${root}pagefind/pagefind.js`);
      await pf.options({ baseUrl: root });
      const s = await pf.search(q);
      for (const r of s.results) {
        const d = await r.data();
        if (d.url.endsWith(end)) {
          const w = d.content.split(/\s+/);
          return d.locations.map((l) => w[l]);
        }
      }
      return null;
    },
    [PREFIX, query, urlEnd],
  );
}

await check("keyboard only: header search box on the home page to the results", async () => {
  await page.goto(base);
  let focused = "";
  for (let i = 0; i < 30 && focused !== "q"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.id || "");
  }
  assert.equal(focused, "q", "the header search box is reachable with Tab");
  await page.keyboard.type("kita");
  await page.keyboard.press("Enter");
  await page.waitForURL(/suche\/\?q=kita/);
  const a = await answer();
  assert.equal(a.titles[0], "Kita- und Schulentwicklungsplanung verzahnen");
  assert.match(a.status, /^\d+ Ergebnisse?: „kita“$/);
  // The input is labelled and the count is announced in a live region.
  const label = await page.evaluate(() => document.querySelector("label[for=search-q]").textContent);
  assert.equal(label, "Suchbegriff");
  assert.equal(await page.getAttribute("#search-status", "role"), "status");
  assert.equal(await page.getAttribute("#search-status", "aria-live"), "polite");
});

await check("compound: 'kita' also finds and marks Kitaplätze", async () => {
  const a = await search("kita");
  const i = a.titles.indexOf("Kita- und Schulentwicklungsplanung verzahnen");
  assert.ok(i >= 0, a.titles.join(" | "));
  assert.ok(a.marks[i].some((m) => m.startsWith("Kita")), JSON.stringify(a.marks[i]));
  // Kitaplätze stands further into the text than the excerpt shows; ask the index.
  const words = await matchedWords("kita", "massnahmen/kita-schulentwicklungsplanung/");
  assert.ok(words.some((w) => w.startsWith("Kitaplätze")), JSON.stringify(words));
});

await check("compound: 'Haushalt' finds Haushaltsplan", async () => {
  const a = await search("Haushalt");
  const i = a.titles.indexOf("Kulturwandel im Sozialamt begleiten");
  assert.ok(i >= 0, a.titles.join(" | "));
  assert.ok(a.marks[i].includes("Haushaltsplan"), JSON.stringify(a.marks[i]));
});

await check("compound tails: 'Planung' finds Jahresplanung, 'Kette' finds Präventionskette", async () => {
  const a = await search("Planung");
  const i = a.titles.indexOf("Gemeinsame Jahresplanung im Referat");
  assert.ok(i >= 0, a.titles.join(" | "));
  const b = await search("Kette");
  const j = b.titles.indexOf("Bamberger Modell: kommunale Präventionskette");
  assert.ok(j >= 0, b.titles.join(" | "));
});

await check("'Haushalt 2025' puts the budget paper first", async () => {
  const a = await search("Haushalt 2025");
  assert.equal(a.titles[0], "Haushalt 2024/2025: Mittel für den Kulturwandel im Sozialamt");
});

for (const q of ["Prävention", "Pravention", "Praevention", "prävention"]) {
  await check(`umlauts: '${q}' finds the goal 'Prävention stärken' first`, async () => {
    const a = await search(q);
    assert.equal(a.titles[0], "Prävention stärken");
    // The excerpt leaves out the title and marks the word in the text, even
    // when only its written-out form matched.
    assert.ok(a.marks[0].some((m) => m.startsWith("Prävention")), JSON.stringify(a.marks[0]));
  });
}

await check("ß: 'strasse' finds 'Straße' in the imprint", async () => {
  const a = await search("strasse");
  assert.equal(a.titles[0], "Impressum");
  assert.ok(a.marks[0].includes("Straße"), JSON.stringify(a.marks[0]));
});

await check("stems: 'Maßnahmen' finds the singular 'Maßnahme'", async () => {
  const a = await search("Maßnahmen");
  assert.ok(a.titles.length > 0);
  const all = await matchedWords("Maßnahmen", "berichte/sachstand-dezernat-2023/");
  assert.ok(all && all.includes("Maßnahme"), JSON.stringify(all));
});

await check("filters: kind and status narrow the results and show counts", async () => {
  const a = await search("Kita");
  const kinds = await page.evaluate(() =>
    [...document.querySelectorAll("#filter-kind option")].map((o) => o.textContent),
  );
  // 'Kita' appears in two measures (the planning measure and the prevention chain).
  assert.ok(kinds.includes("Maßnahme (2)"), kinds.join(" | "));
  await page.selectOption("#filter-kind", "Maßnahme");
  const b = await answer();
  assert.equal(b.titles.length, 2, b.titles.join(" | "));
  assert.match(b.status, /^2 Ergebnisse mit Filtern: „Kita“$/);
  assert.ok(b.metas.every((m) => m.startsWith("Maßnahme · ")), b.metas.join(" | "));
  await page.selectOption("#filter-status", "verzögert");
  const c = await answer();
  assert.deepEqual(c.titles, ["Bamberger Modell: kommunale Präventionskette"]);
  assert.equal(c.metas[0], "Maßnahme · verzögert");
  assert.ok(a.titles.length >= 2);
  await page.selectOption("#filter-status", "");
  await page.selectOption("#filter-kind", "");
});

await check("filters: the topic narrows to the items tagged with it", async () => {
  await page.goto(`${base}suche/?topic=Familie`);
  const a = await answer();
  assert.deepEqual(
    [...a.titles].sort(),
    ["Bamberger Modell: kommunale Präventionskette", "Ferienabenteuer für alle Kinder", "KoKi-Café: wöchentlicher Elterntreff"],
  );
  const topics = await page.evaluate(() => [...document.querySelectorAll("#filter-topic option")].map((o) => o.value));
  assert.ok(topics.includes("Bildung") && topics.includes("Vorbeugung"), topics.join(" | "));
});

await check("filters: the district narrows to the measures and reports that name it", async () => {
  await page.goto(`${base}suche/?district=Ost`);
  const a = await answer();
  // content-example: two measures and one report name Ost.
  assert.deepEqual(
    [...a.titles].sort(),
    ["Jugendsozialarbeit an Schulen", "Stadtteilzentrum Ost", "Zwischenbericht 2025 zu den strategischen Zielen"],
  );
  const districts = await page.evaluate(() => [...document.querySelectorAll("#filter-district option")].map((o) => o.value));
  assert.deepEqual(districts, ["", "Mitte", "Nord", "Ost", "Süd", "West"]);
  assert.equal(await page.textContent("label[for=filter-district]"), "Stadtteil");
});

await check("filters alone: all reports of 2025", async () => {
  await page.goto(`${base}suche/?kind=Bericht&year=2025`);
  const a = await answer();
  assert.deepEqual(a.titles, ["Zwischenbericht 2025 zu den strategischen Zielen"]);
});

await check("English: the index under en/ finds English words, stemmed the English way", async () => {
  await page.goto(`${base}en/search/?q=preventing`);
  const a = await answer();
  // 'preventing' and 'prevention' share the English stem 'prevent'.
  for (const t of ["Strengthen prevention", "Bamberg model: a municipal prevention chain"]) {
    assert.ok(a.titles.includes(t), a.titles.join(" | "));
  }
  assert.match(a.status, /“preventing”/);
  assert.ok(a.metas.every((m) => !m.includes("Ziel")), a.metas.join(" | "));
});

await check("English: a translated item's German text is not in the English index", async () => {
  // The budget report is translated: its German committee is not searched
  // in English, but the English one is.
  await page.goto(`${base}en/search/?q=Verwaltungsausschuss`);
  const a = await answer();
  assert.ok(!a.titles.some((t) => t.startsWith("Budget 2024/2025")), a.titles.join(" | "));
  await page.goto(`${base}en/search/?q=administrative%20committee`);
  const b = await answer();
  assert.equal(b.titles[0], "Budget 2024/2025: funds for cultural change in the social welfare office");
  // And the German index does not hold the English text.
  await page.goto(`${base}suche/?q=preliminary`);
  const c = await answer();
  assert.deepEqual(c.titles, []);
});

await check("no request leaves the site's own host and path", async () => {
  const outside = requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:"));
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
});

await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });
if (failures()) {
  console.log(`${failures()} browser check(s) failed`);
  process.exit(1);
}
console.log("all browser checks passed");
