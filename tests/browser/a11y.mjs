// Accessibility and validity of every page of content-example (with the
// history scripts/example-history.sh gives it): axe-core
// (WCAG 2.0/2.1 A and AA rules) in Debian's chromium, in the light and the
// dark colour scheme, and the Nu Html Checker (vnu-jar, run with Debian's
// Java). Also checks that no page requests anything from another host, and,
// on the visit at 360 px, the layout at the edges: no page wider than the
// phone, no column hidden without a cue, no table wider than A4 printed.
// Usage (from the repository root): node tests/browser/a11y.mjs [THEME]
// (THEME: default or plain; the example is built with that theme.)
// Env: KLARSICHT (binary, default target/debug/klarsicht), CHROMIUM.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import assert from "node:assert/strict";
import { PRINT_WIDTH, checks, clipped, eachPage, hiddenColumns, launch, serve } from "./harness.mjs";

const require = createRequire(import.meta.url);
const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/debug/klarsicht");
const work = mkdtempSync(join(tmpdir(), "klarsicht-a11y-"));
const site = join(work, "site");
const theme = process.argv[2] || "default";
const portal = join(work, "portal");
// content-example with the history of its own repository, so that the
// changes page and every item's changes are checked too.
execFileSync("bash", [join(repo, "scripts/example-history.sh"), portal], { stdio: "inherit" });
const toml = join(portal, "site.toml");
writeFileSync(toml, readFileSync(toml, "utf8").replace('theme = "default"', `theme = "${theme}"`));
// Served before it is built, so that the build's base_url is the test
// server's address (404.html's <base> and the share links point there).
const PREFIX = "/portal/";
const server = await serve(site, PREFIX);
execFileSync(bin, ["build", portal, "--output", site, "--today", "2025-07-15", "--base-url", server.base], { stdio: "inherit" });
console.log(`theme: ${theme}`);

/// Every HTML page of the output, as paths relative to it.
function pages(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(site, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith("pagefind/"))
    .sort();
}
const all = pages(site);
const { check, failures } = checks();

// The Nu Html Checker runs on Java beside the browser checks (one core
// each); its result is checked at the end.
const vnu = new Promise((resolve) => {
  const jar = require.resolve("vnu-jar/build/dist/vnu.jar");
  const args = ["-jar", jar, "--errors-only", "--format", "json", ...all.map((p) => join(site, p))];
  // vnu exits 1 when it reports errors; its JSON goes to stderr.
  execFile("java", args, { encoding: "utf8", maxBuffer: 1 << 28 }, (_e, stdout, stderr) => resolve(stderr || stdout));
});

async function vnuCheck() {
  const out = await vnu;
  const messages = JSON.parse(out || '{"messages":[]}').messages.filter((m) => m.type === "error");
  const shown = messages.map((m) => `${relative(site, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(shown, []);
}

const browser = await launch();
const axeSource = require.resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// axe-core's WCAG 2.x A/AA violations on the open page (or those of the
/// rules `only` names): rule id and the first three elements it names.
/// Pages of a context made by `axeContext` have axe-core already; others
/// get it here.
async function axeViolations(page, only = null) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axeSource });
  return page.evaluate(async ([tags, only]) => {
    const runOnly = only ? { type: "rule", values: only } : { type: "tag", values: tags };
    const r = await window.axe.run(document, { runOnly });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ") }));
  }, [TAGS, only]);
}

/// A browser context whose every page has axe-core loaded before its own
/// scripts: handing axe-core's 550 kB to each page over the DevTools
/// protocol cost 270 ms a page, as much as a run of it.
async function axeContext(options) {
  const context = await browser.newContext(options);
  await context.addInitScript({ path: axeSource });
  return context;
}

/// The WCAG A/AA rules of axe-core that read colours ("cat.color"):
/// color-contrast and link-in-text-block in axe-core 4.
async function colourRules(page) {
  return page.evaluate((tags) => window.axe.getRules(tags).filter((r) => r.tags.includes("cat.color")).map((r) => r.ruleId), TAGS);
}

// Runs in the page: what a colour scheme changes besides colours. The
// theme's and the brand's stylesheets may set only custom properties of
// :root under a prefers-color-scheme query, and no element may choose a
// file by the scheme; then the dark scheme differs from the light one in
// colours alone, and only axe-core's colour rules can find something new
// in it.
function schemeChangesMoreThanColours() {
  const out = [];
  const scheme = /prefers-color-scheme/;
  const walk = (rules, inScheme) => {
    for (const r of rules) {
      if (r.cssRules && !(r instanceof CSSStyleRule)) walk(r.cssRules, inScheme || scheme.test(r.conditionText || r.media?.mediaText || ""));
      else if (inScheme && (!(r instanceof CSSStyleRule) || r.selectorText !== ":root" || [...r.style].some((p) => !p.startsWith("--")) || r.cssRules?.length)) out.push(r.cssText.slice(0, 120));
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules, scheme.test(sheet.media.mediaText));
  for (const e of document.querySelectorAll("[media]")) if (scheme.test(e.getAttribute("media"))) out.push(e.outerHTML.slice(0, 120));
  return out;
}

await check("axe-core, run this way, reports a violation it is shown, and its colour rules one that only the dark scheme has", async () => {
  const page = await browser.newPage();
  await page.goto(server.base + "index.html");
  await page.evaluate(() => document.querySelector("main").insertAdjacentHTML("beforeend", '<img src="x.png">'));
  const ids = (await axeViolations(page)).map((v) => v.id);
  await page.close();
  assert.deepEqual(ids, ["image-alt"]);
  // Dark grey text: readable on the light background, not on the dark one.
  const context = await axeContext({ colorScheme: "light" });
  const shown = await context.newPage();
  await shown.goto(server.base + "index.html");
  await shown.evaluate(() => document.querySelector("main").insertAdjacentHTML("beforeend", '<p style="color: #444">Stand der Umsetzung</p>'));
  const colours = await colourRules(shown);
  assert.ok(colours.includes("color-contrast") && colours.includes("link-in-text-block"), colours.join());
  assert.deepEqual(await axeViolations(shown, colours), []);
  await shown.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual((await axeViolations(shown, colours)).map((v) => v.id), ["color-contrast"]);
  await context.close();
});

await check("a change of colour scheme in a visit recolours the page as loading it in that scheme does", async () => {
  const colours = () => [document.body, document.querySelector("main a")].map((e) => getComputedStyle(e).color + " on " + getComputedStyle(document.body).backgroundColor);
  const loaded = {};
  for (const colorScheme of ["light", "dark"]) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(server.base + "index.html");
    loaded[colorScheme] = await page.evaluate(colours);
    await context.close();
  }
  assert.notDeepEqual(loaded.light, loaded.dark);
  const page = await browser.newPage();
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(server.base + "index.html");
  await page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual(await page.evaluate(colours), loaded.dark);
  // The guard that allows colour rules alone in the dark scheme sees a
  // scheme that hides something, and a picture chosen by the scheme.
  assert.deepEqual(await page.evaluate(schemeChangesMoreThanColours), []);
  await page.evaluate(() => {
    document.head.insertAdjacentHTML("beforeend", "<style>@media (prefers-color-scheme: dark) { :root { --x: 1 } nav { display: none } }</style>");
    document.body.insertAdjacentHTML("beforeend", '<picture><source media="(prefers-color-scheme: dark)" srcset="d.png"></picture>');
  });
  assert.deepEqual(await page.evaluate(schemeChangesMoreThanColours), ["nav { display: none; }", '<source media="(prefers-color-scheme: dark)" srcset="d.png">']);
  await page.close();
});

// One visit per page, with axe-core loaded as the page loads: all of its
// WCAG rules on a 360 px phone and on a wide screen in the light scheme,
// then its colour rules in the dark scheme (which changes colours alone,
// checked on each page). Loading a page and axe-core cost as much as a run;
// three visits a page took 463 s (default theme) and 381 s (plain), this
// one 234 s and 210 s on the 2-core machine.
// The theme follows a resize and a change of scheme as a browser does
// (sortable.js marks scrolling tables on resize; there are no transitions
// to wait for).
await check("on every page, on a 360 px phone and on a wide screen in the light and the dark scheme, axe-core finds no WCAG 2.1 A/AA violation; on the phone no page is wider than the screen and no table hides a column without a cue; on the wide screen every table is laid out as a table; printed on A4 portrait, no table is wider than the page; no page requests anything from another host", async () => {
  const context = await axeContext({ viewport: { width: 360, height: 740 }, colorScheme: "light" });
  const foreign = [];
  context.on("request", (r) => {
    if (!r.url().startsWith(server.base.replace(PREFIX, "/"))) foreign.push(r.url());
  });
  const found = await eachPage(context, all, async (page, path) => {
    const out = [];
    const axe = async (view, only) => {
      for (const v of await axeViolations(page, only)) out.push(`${path} (${view}): ${v.id}: ${v.targets}`);
    };
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ media: "screen", colorScheme: "light" });
    await page.goto(server.base + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) out.push(`${path}: ${width}px wide`);
    for (const h of await page.evaluate(hiddenColumns)) out.push(`${path}: ${h}`);
    // Tables that scroll sideways on a phone must be reachable by keyboard.
    await axe("360 px");
    // The same visit, printed (print emulation at A4's printable width).
    await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
    await page.emulateMedia({ media: "print" });
    for (const c of await page.evaluate(clipped, PRINT_WIDTH)) out.push(`${path}: printed: ${c}`);
    // On a wide screen every table is laid out as a table (a card layout
    // meant for phones once turned the measures' tables into a grid at
    // every width, and no rule of axe noticed).
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ media: "screen" });
    const notTables = await page.evaluate(() =>
      [...document.querySelectorAll("main table, main thead, main tbody, main tr")]
        .filter((e) => !getComputedStyle(e).display.startsWith("table"))
        .map((e) => `${e.tagName.toLowerCase()}${e.className ? "." + e.className.replace(/ /g, ".") : ""} is display: ${getComputedStyle(e).display}`),
    );
    for (const n of new Set(notTables)) out.push(`${path}: ${n}`);
    await axe("light");
    for (const c of await page.evaluate(schemeChangesMoreThanColours)) out.push(`${path}: the colour scheme changes more than colours: ${c}`);
    await page.emulateMedia({ colorScheme: "dark" });
    await axe("dark", await colourRules(page));
    return out;
  });
  await context.close();
  assert.deepEqual(found, []);
  assert.deepEqual(foreign, [], "requests to another host");
});

const PRINTED = ["ziele/wirkungen-erzielen/index.html", "massnahmen/kulturwandel-sozialamt/index.html", "berichte/zwischenbericht-2025/index.html", "haushalt/index.html"];

await check("printed, pages drop navigation and search but keep every table, chart and the main text", async () => {
  const page = await browser.newPage();
  await page.emulateMedia({ media: "print" });
  for (const path of PRINTED) {
    await page.goto(server.base + path);
    const r = await page.evaluate(() => {
      const shown = (el) => getComputedStyle(el).display !== "none" && el.getClientRects().length > 0;
      return {
        nav: [...document.querySelectorAll("header nav, form[role=search]")].filter(shown).length,
        tables: [...document.querySelectorAll("main table")].map(shown),
        charts: [...document.querySelectorAll("main svg")].map(shown),
        main: shown(document.querySelector("main")),
        // A row split over two pages is allowed to break only between rows.
        rows: [...document.querySelectorAll("main tr")].every((tr) => getComputedStyle(tr).breakInside === "avoid"),
      };
    });
    assert.equal(r.nav, 0, `${path}: navigation printed`);
    assert.ok(r.main, path);
    assert.ok(r.tables.every(Boolean), `${path}: a table is hidden`);
    assert.ok(r.charts.every(Boolean), `${path}: a chart is hidden`);
    if (theme === "default") assert.ok(r.rows, `${path}: table rows may break inside`);
  }
  await page.close();
});

await check("the districts map works by keyboard and without JavaScript: Tab reaches each area in name order with a visible focus, Enter opens its page", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.base + "stadtteile/index.html");
  const reached = [];
  for (let i = 0; i < 80 && reached.length < 5; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || !a.closest("svg.district-map")) return null;
      const style = getComputedStyle(a);
      const box = a.getBoundingClientRect();
      return {
        href: a.getAttribute("href"),
        label: a.getAttribute("aria-label"),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        // The focused area's outline is drawn dashed as well.
        dashed: getComputedStyle(a.querySelector("path")).strokeDasharray !== "none",
        shown: box.width > 20 && box.height > 20,
      };
    });
    if (f) reached.push(f);
  }
  assert.deepEqual(reached.map((f) => f.href), ["mitte", "nord", "ost", "sued", "west"].map((s) => `../stadtteile/${s}/`));
  assert.ok(reached.every((f) => f.outline && f.dashed && f.shown), JSON.stringify(reached));
  assert.match(reached[2].label, /^Ost – Maßnahmen: 2; geplante Mittel: 756\.000,00\s€$/);
  // Back to Ost, then Enter.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await page.waitForURL(/stadtteile\/ost\/$/);
  assert.equal(await page.textContent("main h1"), "Ost");
  assert.equal(await page.getAttribute("svg.district-map a[aria-current=page]", "href"), "../../stadtteile/ost/");
  await context.close();
});

await check(`the Nu Html Checker finds no error in the ${all.length} pages`, vnuCheck);

await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });
if (failures()) {
  console.log(`${failures()} accessibility check(s) failed`);
  process.exit(1);
}
console.log("all accessibility checks passed");
