// Browser test of the change history: content-example with the history of
// scripts/example-history.sh, served under the README's security policy.
// The changes page's filters (assets/changes.js) narrow the list by goal and
// kind and say how many entries remain; a measure's page shows its changes.
// Usage (from the repository root): node tests/browser/changes.mjs
// SCREENSHOT_DIR=docs/screenshots also writes changes-de.png (a measure's
// changes) there.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { CSP, checks, launch, serve } from "./harness.mjs";

const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/debug/klarsicht");
const work = mkdtempSync(join(tmpdir(), "klarsicht-changes-"));
const portal = join(work, "portal");
const site = join(work, "site");
execFileSync("bash", [join(repo, "scripts/example-history.sh"), portal], { stdio: "inherit" });
const server = await serve(site, "/portal/", { "content-security-policy": CSP });
execFileSync(bin, ["build", portal, "--output", site, "--today", "2025-07-15", "--base-url", server.base], { stdio: "inherit" });

const browser = await launch();
const page = await browser.newPage({ locale: "de-DE", viewport: { width: 1100, height: 900 } });
const violations = [];
page.on("console", (m) => m.text().startsWith("CSP ") && violations.push(m.text()));
await page.addInitScript(() =>
  document.addEventListener("securitypolicyviolation", (e) => console.log(`CSP ${e.violatedDirective} ${e.blockedURI}`)),
);
const { check, failures } = checks();
const visible = () =>
  page.$$eval(".changes-list li:not([hidden])", (els) => els.map((e) => [e.dataset.kind, e.dataset.goals]));

await check("the filters appear with the script and narrow the list by goal and kind", async () => {
  await page.goto(`${server.base}aenderungen/`);
  assert.equal(await page.isVisible(".changes-filter"), true);
  const all = (await visible()).length;
  await page.selectOption("#filter-goal", "zukunft-gestalten");
  const byGoal = await visible();
  assert.ok(byGoal.length > 0 && byGoal.length < all, `${byGoal.length} of ${all}`);
  assert.ok(byGoal.every(([, goals]) => goals.split(" ").includes("zukunft-gestalten")));
  assert.equal(await page.textContent("#filter-count"), `${byGoal.length} Einträge`);
  await page.selectOption("#filter-kind", "measure");
  const both = await visible();
  assert.ok(both.length > 0 && both.every(([kind, goals]) => kind === "measure" && goals.split(" ").includes("zukunft-gestalten")));
  // A day without a visible entry is hidden with its heading.
  const days = await page.$$eval(".change-day:not([hidden])", (els) => els.length);
  const daysWith = await page.$$eval(".change-day", (els) => els.filter((d) => d.querySelector("li:not([hidden])")).length);
  assert.equal(days, daysWith);
  await page.selectOption("#filter-goal", "");
  await page.selectOption("#filter-kind", "");
  assert.equal((await visible()).length, all);
  assert.equal(await page.textContent("#filter-count"), "");
});

await check("a measure's page shows its changes, newest first, and links its feed", async () => {
  await page.goto(`${server.base}massnahmen/kulturwandel-sozialamt/`);
  const items = await page.$$eval(".changes-list li", (els) => els.map((e) => e.textContent.replace(/\s+/g, " ").trim()));
  assert.equal(items.length, 5);
  assert.match(items[1], /^14\. Februar 2025: Meilenstein „Feedbackmanagement eingeführt“ vom 30\. Juni 2025 auf den 31\. Dezember 2025 verschoben\./);
  const feed = await page.getAttribute(".changes .subscribe a", "href");
  assert.equal(feed, "../../massnahmen/kulturwandel-sozialamt/aenderungen.xml");
  if (process.env.SCREENSHOT_DIR) {
    await page.locator(".changes").screenshot({ path: join(process.env.SCREENSHOT_DIR, "changes-de.png") });
  }
});

await check("no policy violation", async () => {
  assert.deepEqual(violations, []);
});

await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });
if (failures()) {
  console.log(`${failures()} browser check(s) failed`);
  process.exit(1);
}
console.log("all change history checks passed");
