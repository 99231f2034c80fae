// Content-Security-Policy in a browser that enforces it: every page of
// content-example with its history (default theme) is served with `default-src 'self'` and
// must load without a single violation; the search page is then served with
// the README's header (adding 'wasm-unsafe-eval' for Pagefind's WebAssembly)
// and must answer a query without a violation. Under the bare
// `default-src 'self'` the search is the one thing that stops (the browser
// refuses to compile its WebAssembly), and the page says so.
// Usage (from the repository root): node tests/browser/csp.mjs
// Env: KLARSICHT (binary, default target/debug/klarsicht), CHROMIUM.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import assert from "node:assert/strict";
import { CSP, checks, eachPage, launch, serve } from "./harness.mjs";

const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/debug/klarsicht");
const work = mkdtempSync(join(tmpdir(), "klarsicht-csp-"));
const site = join(work, "site");
// Served before it is built, so that the build's base_url is the strict
// server's address (404.html's <base> points there).
const strict = await serve(site, "/portal/", { "content-security-policy": "default-src 'self'" });
const recommended = await serve(site, "/portal/", { "content-security-policy": CSP });
// content-example with a history of its own: the changes page and its
// filter script run under the policy too.
const portal = join(work, "portal");
execFileSync("bash", [join(repo, "scripts/example-history.sh"), portal], { stdio: "inherit" });
execFileSync(bin, ["build", portal, "--output", site, "--today", "2025-07-15", "--base-url", strict.base], {
  stdio: "inherit",
});
const pages = readdirSync(site, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith(".html"))
  .map((e) => relative(site, join(e.parentPath, e.name)).replace(/index\.html$/, ""))
  .filter((p) => !p.startsWith("pagefind/"))
  .sort();

const browser = await launch();
const { check, failures } = checks();

/// Collects each page's violations as "directive blocked-uri", from before
/// any page script runs (an init script, through the DevTools protocol,
/// which the page's policy does not govern; it runs again on every load).
async function recording(target) {
  await target.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
}

/// Opens `url` on `page` and returns the violations it reported.
async function visit(page, url, then = async () => {}) {
  await page.goto(url, { waitUntil: "load" });
  await then(page);
  await page.waitForTimeout(50);
  return page.evaluate(() => window.__violations);
}

/// The same on a page of its own.
async function violations(url, then) {
  const page = await browser.newPage();
  await recording(page);
  const found = await visit(page, url, then);
  await page.close();
  return found;
}

await check("the recording reports a violation it is shown", async () => {
  const found = await violations(strict.base, async (page) => {
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="https://example.org/x.png" alt="">'));
  });
  assert.deepEqual(found, ["img-src https://example.org/x.png"]);
});

await check(`no violation on the ${pages.length} pages under default-src 'self'`, async () => {
  assert.ok(pages.length >= 49, `${pages.length} pages`);
  const context = await browser.newContext();
  await recording(context);
  const found = await eachPage(context, pages.filter((p) => p !== "suche/"), async (page, p) =>
    (await visit(page, strict.base + p)).map((v) => `${p}: ${v}`),
  );
  await context.close();
  assert.deepEqual(found, []);
});

async function search(page) {
  await page.fill("#search-q", "Kita");
  await page.waitForFunction(() => {
    const s = document.getElementById("search-status").textContent;
    return s && !s.endsWith("…");
  });
}

await check("the search answers under the README's header, without a violation", async () => {
  let results = 0;
  const found = await violations(recommended.base + "suche/", async (page) => {
    await search(page);
    results = await page.locator("#search-results li").count();
  });
  assert.deepEqual(found, []);
  assert.ok(results > 0, "results for Kita");
});

await check("under the bare default-src 'self', only the search stops, and says so", async () => {
  let status = "";
  const messages = [];
  const found = await violations(strict.base + "suche/", async (page) => {
    page.on("console", (m) => messages.push(m.text()));
    await page.fill("#search-q", "Kita");
    await page.waitForFunction(() => document.getElementById("search-status").textContent !== "");
    status = await page.locator("#search-status").textContent();
  });
  assert.deepEqual(found, []);
  assert.equal(status, "Die Suche konnte nicht geladen werden. Die Liste aller Inhalte unten funktioniert trotzdem.");
  assert.ok(
    messages.some((m) => m.includes("WebAssembly") && m.includes("Content Security Policy")),
    messages.join("\n"),
  );
});

await browser.close();
strict.close();
recommended.close();
rmSync(work, { recursive: true, force: true });
if (failures()) {
  console.log(`${failures()} check(s) failed`);
  process.exit(1);
}
