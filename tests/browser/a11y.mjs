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

/// axe-core's WCAG 2.x A/AA violations on the open page: rule id and the
/// first three elements it names.
async function axeViolations(page) {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ") }));
  }, TAGS);
}

await check("axe-core, run this way, reports a violation it is shown", async () => {
  const page = await browser.newPage();
  await page.goto(server.base + "index.html");
  await page.evaluate(() => document.querySelector("main").insertAdjacentHTML("beforeend", '<img src="x.png">'));
  const ids = (await axeViolations(page)).map((v) => v.id);
  await page.close();
  assert.deepEqual(ids, ["image-alt"]);
});

for (const scheme of ["light", "dark"]) {
  await check(`axe-core finds no WCAG 2.1 A/AA violation on any page (${scheme} scheme)`, async () => {
    const context = await browser.newContext({ colorScheme: scheme });
    const foreign = [];
    context.on("request", (r) => {
      if (!r.url().startsWith(server.base.replace(PREFIX, "/"))) foreign.push(r.url());
    });
    const found = await eachPage(context, all, async (page, path) => {
      await page.goto(server.base + path);
      // On a wide screen every table is laid out as a table (a card
      // layout meant for phones once turned the measures' tables into a
      // grid at every width, and no rule of axe noticed).
      const notTables = await page.evaluate(() =>
        [...document.querySelectorAll("main table, main thead, main tbody, main tr")]
          .filter((e) => !getComputedStyle(e).display.startsWith("table"))
          .map((e) => `${e.tagName.toLowerCase()}${e.className ? "." + e.className.replace(/ /g, ".") : ""} is display: ${getComputedStyle(e).display}`),
      );
      return [...new Set(notTables)]
        .map((n) => `${path}: ${n}`)
        .concat((await axeViolations(page)).map((v) => `${path}: ${v.id}: ${v.targets}`));
    });
    await context.close();
    assert.deepEqual(found, []);
    assert.deepEqual(foreign, [], "requests to another host");
  });
}

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

await check("on a 360 px phone no page is wider than the screen, no table hides a column without a cue, and axe-core finds nothing there either; printed on A4 portrait, no table is wider than the page", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const found = await eachPage(context, all, async (page, path) => {
    const out = [];
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ media: "screen" });
    await page.goto(server.base + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) out.push(`${path}: ${width}px wide`);
    const hidden = await page.evaluate(hiddenColumns);
    for (const h of hidden) out.push(`${path}: ${h}`);
    // Tables that scroll sideways on a phone must be reachable by keyboard.
    for (const v of await axeViolations(page)) out.push(`${path}: ${v.id}: ${v.targets}`);
    // The same visit, printed (print emulation at A4's printable width).
    await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
    await page.emulateMedia({ media: "print" });
    for (const c of await page.evaluate(clipped, PRINT_WIDTH)) out.push(`${path}: printed: ${c}`);
    return out;
  });
  await context.close();
  assert.deepEqual(found, []);
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
