// Browser test of the live preview: an open page reloads by itself after a
// change, shows the error overlay for a broken file, and loses it once fixed.
// Usage (from the repository root): node tests/browser/serve.mjs
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";
import { checks, launch } from "./harness.mjs";

const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/debug/klarsicht");
const work = mkdtempSync(join(tmpdir(), "klarsicht-serve-"));
const portal = join(work, "portal");
cpSync(join(repo, "content-example"), portal, { recursive: true });
rmSync(join(portal, "public"), { recursive: true, force: true });

const server = spawn(bin, ["serve", portal, "--port", "0", "--today", "2025-07-15"], {
  stdio: ["ignore", "pipe", "inherit"],
});
process.on("exit", () => server.kill());
const url = await new Promise((ok, fail) => {
  createInterface({ input: server.stdout }).once("line", (line) => {
    const m = line.match(/http:\/\/\S+/);
    m ? ok(m[0]) : fail(new Error(`no URL in ${line}`));
  });
  server.once("exit", () => fail(new Error("serve exited")));
});

const file = join(portal, "content/measures/kita-schulentwicklungsplanung.md");
const original = readFileSync(file, "utf8");
const browser = await launch();
const page = await browser.newPage();
const { check, failures } = checks();

// The page listens once its event stream is open; wait for it so no change is missed.
const listening = page.waitForRequest((r) => r.url().includes("/__klarsicht/events"));
await page.goto(`${url}massnahmen/kita-schulentwicklungsplanung/`);
await listening;
await page.waitForTimeout(300);

// Two more tabs: the list of all measures (it shows the title too) and the
// imprint (the change does not touch it).
const open = async (path) => {
  const p = await browser.newPage();
  const on = p.waitForRequest((r) => r.url().includes("/__klarsicht/events"));
  await p.goto(`${url}${path}`);
  await on;
  await p.evaluate(() => (window.__notReloaded = true));
  return p;
};
const list = await open("massnahmen/");
const imprint = await open("impressum/");
await page.waitForTimeout(300);

await check("the open pages that show the change reload by themselves after a save", async () => {
  await page.evaluate(() => (window.__notReloaded = true));
  const reloaded = page.waitForEvent("load", { timeout: 20000 });
  const listReloaded = list.waitForEvent("load", { timeout: 20000 });
  writeFileSync(file, original.replace("verzahnen\"", "verzahnen und veröffentlichen\""));
  await reloaded;
  assert.equal(await page.evaluate(() => window.__notReloaded), undefined);
  assert.equal(await page.textContent("h1"), "Kita- und Schulentwicklungsplanung verzahnen und veröffentlichen");
  await listReloaded;
  assert.match(await list.textContent("main"), /verzahnen und veröffentlichen/);
});

await check("a page the change does not touch stays as it is (scroll position, input)", async () => {
  await page.waitForTimeout(500);
  assert.equal(await imprint.evaluate(() => window.__notReloaded), true);
});

await check("a broken file shows the error overlay over the last good build, in the portal's German", async () => {
  await page.waitForTimeout(300);
  writeFileSync(file, original.replace('status = "in_progress"', 'status = "fertig"'));
  await page.waitForSelector("#klarsicht-error", { timeout: 20000 });
  assert.equal(
    await page.textContent("#klarsicht-error p"),
    "klarsicht: Die letzte Änderung lässt sich nicht übernehmen. Die Seite zeigt den letzten fehlerfreien Stand.",
  );
  const text = await page.textContent("#klarsicht-error pre");
  assert.match(text, /^content\/measures\/kita-schulentwicklungsplanung\.md:6:10: Fehler: ungültiger Status `fertig`\n  Hinweis: /);
  assert.match(text, /Erstellen fehlgeschlagen: 1 Fehler, 0 Warnungen in \d+ ms; nichts wurde geschrieben$/);
  // docs/screenshots/overlay-de.png: SCREENSHOT_DIR=docs/screenshots node tests/browser/serve.mjs
  if (process.env.SCREENSHOT_DIR) {
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, "overlay-de.png") });
  }
  assert.equal(await page.getAttribute("#klarsicht-error", "role"), "alert");
  // The last good build is still there underneath.
  assert.equal(await page.textContent("h1"), "Kita- und Schulentwicklungsplanung verzahnen und veröffentlichen");
});

await check("fixing the file clears the overlay with the next build", async () => {
  const reloaded = page.waitForEvent("load", { timeout: 20000 });
  writeFileSync(file, original);
  await reloaded;
  assert.equal(await page.$("#klarsicht-error"), null);
  assert.equal(await page.textContent("h1"), "Kita- und Schulentwicklungsplanung verzahnen");
});

await browser.close();
server.kill();
rmSync(work, { recursive: true, force: true });
if (failures()) {
  console.log(`${failures()} browser check(s) failed`);
  process.exit(1);
}
console.log("all serve checks passed");
