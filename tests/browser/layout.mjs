// Layout at the edges of a generated portal of 1,000 measures (default
// theme): on a 360 px phone no page is wider than the screen and no table
// hides a column without a cue; printed on A4 portrait (print emulation at
// the page's printable width) no table is wider than the page. Every page of
// the site as a whole and of its lists, and every fifth item page: the items'
// pages are content-example's templates a thousand times over. (a11y.mjs
// makes the same two checks on every page of content-example in both
// themes, on the visit it makes at 360 px anyway.) And, for content-example,
// a printed page carries the portal's address, "Datenstand" and its number
// in the margin (PDF read with Debian's poppler-utils: pdftotext).
// Usage (from the repository root): node tests/browser/layout.mjs [THEME]
// Env: KLARSICHT (binary), GENERATE (the example generator; default
// target/debug/examples/generate, which `cargo test` builds), CHROMIUM.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import assert from "node:assert/strict";
import { PRINT_WIDTH, checks, clipped, eachPage, hiddenColumns, launch, serve } from "./harness.mjs";

const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/debug/klarsicht");
const generate = process.env.GENERATE || join(bin, "../examples/generate");
const theme = process.argv[2] || "default";
const work = mkdtempSync(join(tmpdir(), "klarsicht-layout-"));

function withTheme(portal) {
  const toml = join(portal, "site.toml");
  const text = readFileSync(toml, "utf8");
  writeFileSync(toml, text.includes("theme = ") ? text.replace(/theme = "[a-z]+"/, `theme = "${theme}"`) : `theme = "${theme}"\n${text}`);
}

const example = join(work, "example");
execFileSync("cp", ["-r", join(repo, "content-example"), example]);
const generated = join(work, "generated");
if (theme === "default") execFileSync(generate, ["--measures", "1000", "--seed", "1", generated], { stdio: "ignore" });
// The plain theme is checked on content-example only: the generated
// portal's pages are the same views, and CI's time is better spent once.
const portals = theme === "default" ? [example, generated] : [example];
for (const p of portals) withTheme(p);
// The PDFs are read in tests/integration/pdf.rs; the generated portal's
// would only cost CI time here.
if (theme === "default") writeFileSync(join(generated, "site.toml"), `pdf = false\n${readFileSync(join(generated, "site.toml"), "utf8")}`);

function pages(site) {
  return readdirSync(site, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(site, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith("pagefind/"))
    .sort();
}

/// The generated portal's pages to visit: all but its items' pages, of which
/// every fifth (in path order), and none of the blocks for other sites
/// (einbetten/: content-example's blocks, a thousand times over).
function sample(all) {
  const listWords = new Set(["seite", "status", "ziel", "zustaendig", "jahr", "sitzungsunterlage"]);
  let n = 0;
  return all.filter((p) => {
    if (p.startsWith("einbetten/")) return false;
    const m = p.match(/^(ziele|massnahmen|berichte|kennzahlen)\/([^/]+)\/index\.html$/);
    if (!m || listWords.has(m[2])) return true;
    return n++ % 5 === 0;
  });
}

const built = [];
for (const portal of portals) {
  const site = join(work, `site-${built.length}`);
  const server = await serve(site, "/p/");
  execFileSync(bin, ["build", portal, "--output", site, "--today", "2025-07-15", "--base-url", server.base], { stdio: "ignore" });
  built.push({ name: portal === example ? "content-example" : "1,000 measures", site, server, all: portal === example ? [] : sample(pages(site)) });
}
console.log(`theme: ${theme}; pages visited: ${built.map((b) => `${b.name} ${b.all.length}`).join(", ")}`);

const browser = await launch();
const { check, failures } = checks();


for (const b of built.filter((b) => b.all.length)) {
  // One visit per page: first as a phone shows it, then printed.
  const context = await browser.newContext();
  const found = await eachPage(context, b.all, async (page, path) => {
    const phone = [];
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ media: "screen" });
    await page.goto(b.server.base + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) phone.push(`${path}: ${width}px wide`);
    for (const h of await page.evaluate(hiddenColumns)) phone.push(`${path}: ${h}`);
    await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
    await page.emulateMedia({ media: "print" });
    const paper = (await page.evaluate(clipped, PRINT_WIDTH)).map((c) => `${path}: ${c}`);
    return [{ phone, paper }];
  });
  await context.close();
  const phone = found.flatMap((f) => f.phone);
  const paper = found.flatMap((f) => f.paper);
  await check(`${b.name}: on a 360 px phone no page is wider than the screen and no table hides a column without a cue`, async () => {
    assert.deepEqual(phone, []);
  });
  await check(`${b.name}: printed on A4 portrait, no table of any page is wider than the page`, async () => {
    assert.deepEqual(paper, []);
  });
}

await check("a printed page names the portal's address, Datenstand and its number in the margin, and keeps every column", async () => {
  const b = built[0];
  const page = await browser.newPage();
  await page.goto(b.server.base + "haushalt/index.html");
  // The last cell of every table's last row: what a clipped column loses.
  const lasts = await page.evaluate(() =>
    [...document.querySelectorAll("main table")].map((t) => t.rows[t.rows.length - 1].cells).map((c) => c[c.length - 1].textContent.trim()).filter(Boolean),
  );
  const pdf = join(work, "haushalt.pdf");
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  await page.close();
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const address = b.server.base.replace(/^https?:\/\//, "").replace(/\/$/, "");
  const pages = text.split("\f").filter((p) => p.trim());
  assert.ok(pages.length >= 2, `${pages.length} pages`);
  pages.forEach((p, i) => {
    // content-example's newest `updated` date is 30 June 2025.
    assert.ok(p.includes(`${address} · Datenstand 30. Juni 2025`), `page ${i + 1} without the address and date:\n${p.slice(-300)}`);
    assert.ok(p.includes(`Seite ${i + 1} von ${pages.length}`), `page ${i + 1} without its number`);
  });
  assert.ok(lasts.length >= 8, `${lasts.length} tables`);
  const flat = text.replace(/\s+/g, " ");
  for (const l of lasts) assert.ok(flat.includes(l.replace(/\s+/g, " ")), `the printed budget page lacks "${l}"`);
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  assert.match(info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
});

await browser.close();
for (const b of built) b.server.close();
rmSync(work, { recursive: true, force: true });
if (failures()) {
  console.log(`${failures()} layout check(s) failed`);
  process.exit(1);
}
console.log("all layout checks passed");
