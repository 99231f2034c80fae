// Browser test of the form editor: a German editor takes content-example
// through Decap CMS (written by `klarsicht cms`, served by `klarsicht serve`,
// saving through decap-server from npm on 127.0.0.1): adds a report with a
// measure update, finds the file in content/reports/, sees `klarsicht check`
// accept it and the preview show it, then breaks its date the way a German
// editor would and fixes it from the German message in the overlay.
// Usage (from the repository root): node tests/browser/cms.mjs
// SCREENSHOT_DIR=docs/screenshots also writes docs/screenshots/cms-form-de.png.
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import assert from "node:assert/strict";
import { checks, launch } from "./harness.mjs";

const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/debug/klarsicht");
const decapServer = join(repo, "tests/browser/node_modules/decap-server/dist/index.js");
if (!existsSync(decapServer)) {
  console.log(`FAIL decap-server is not installed: npm ci --prefix tests/browser`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), "klarsicht-cms-"));
const portal = join(work, "portal");
cpSync(join(repo, "content-example"), portal, { recursive: true });
rmSync(join(portal, "public"), { recursive: true, force: true });

/// A port free on 127.0.0.1 now.
const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
const decapPort = await freePort();
appendFileSync(join(portal, "site.toml"), `\n[cms]\nlocal_backend = "http://127.0.0.1:${decapPort}/api/v1"\n`);

const env = { ...process.env, KLARSICHT_LANG: "" };
const written = spawnSync(bin, ["cms", "--path", portal], { encoding: "utf8", env });
assert.equal(written.status, 0, written.stderr);
assert.match(written.stdout, /^Redaktionsoberfläche in .*static\/admin geschrieben \(Decap CMS 3\.16\.3, \d+ Dateien\)/);

const decap = spawn(process.execPath, [decapServer], {
  env: { ...process.env, PORT: String(decapPort), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: portal, LOG_LEVEL: "warn" },
  stdio: ["ignore", "inherit", "inherit"],
});
const server = spawn(bin, ["serve", portal, "--port", "0", "--today", "2025-07-15"], {
  stdio: ["ignore", "pipe", "inherit"],
  env,
});
process.on("exit", () => {
  server.kill();
  decap.kill();
});
const url = await new Promise((ok, fail) => {
  createInterface({ input: server.stdout }).once("line", (line) => {
    const m = line.match(/http:\/\/\S+/);
    m ? ok(m[0]) : fail(new Error(`no URL in ${line}`));
  });
  server.once("exit", () => fail(new Error("serve exited")));
});
// decap-server answers once it listens.
for (let i = 0; ; i++) {
  try {
    await fetch(`http://127.0.0.1:${decapPort}/api/v1`, { method: "POST", body: "{}" });
    break;
  } catch (e) {
    if (i > 100) throw e;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

const browser = await launch();
const context = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const violations = [];
const errors = [];
page.on("console", (m) => {
  if (m.text().startsWith("CSP ")) violations.push(m.text());
});
page.on("pageerror", (e) => errors.push(e.message));
await page.addInitScript(() =>
  document.addEventListener("securitypolicyviolation", (e) =>
    console.log(`CSP ${e.violatedDirective} ${e.blockedURI}`),
  ),
);
const { check, failures } = checks();
const slug = "sachstand-fachstelle-herbst-2025";
const file = join(portal, "content/reports", `${slug}.md`);

await check("the editor opens in German under its own policy and finds decap-server", async () => {
  await page.goto(`${url}admin/`);
  await page.getByRole("button", { name: "Login" }).click();
  await page.getByRole("link", { name: "Berichte" }).first().waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "de");
  // The preview's live reload stays out of the editor: a save rebuilds.
  assert.equal(await page.$("script[src*='__klarsicht']"), null);
});

await check("a report with a measure update, made through the form, lands in content/reports/", async () => {
  await page.goto(`${url}admin/#/collections/reports/new`);
  await page.getByLabel("Titel", { exact: true }).fill("Sachstand Fachstelle Herbst 2025");
  await page.getByLabel("Datum", { exact: true }).fill("2025-10-01");
  await page.getByLabel(/^Art/).fill("Sachstandsbericht");
  await page.getByRole("button", { name: "stand der maßnahmen hinzufügen" }).click();
  await page.getByLabel("Maßnahme", { exact: true }).fill("Fachstelle");
  await page.getByRole("option", { name: "Zuschuss Fachstelle für pflegende Angehörige" }).click();
  await page.getByLabel(/^Status/).click();
  await page.getByRole("option", { name: "in Umsetzung" }).click();
  await page.getByLabel(/^Fortschritt/).fill("80");
  await page.getByLabel(/^Anmerkung/).fill("Der Zuschuss ist bewilligt; die Fachstelle berät seit September.");
  if (process.env.SCREENSHOT_DIR) {
    await page.getByLabel(/^Anmerkung/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, "cms-form-de.png") });
  }
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.getByRole("menuitem", { name: "Jetzt veröffentlichen" }).click();
  for (let i = 0; !existsSync(file); i++) {
    if (i > 100) throw new Error(`${file} was not written`);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  const text = readFileSync(file, "utf8");
  assert.match(text, /^\+\+\+\ntitle = "Sachstand Fachstelle Herbst 2025"\ndate = "2025-10-01"\nkind = "Sachstandsbericht"\n/);
  assert.match(
    text,
    /\n\[\[updates\]\]\nmeasure = "fachstelle-pflegende-angehoerige"\nstatus = "in_progress"\nprogress = 80\nnote = "Der Zuschuss ist bewilligt; die Fachstelle berät seit September\."\n/,
  );
});

await check("a measure's strategies are chosen from its goals' strategy titles", async () => {
  await page.goto(`${url}admin/#/collections/measures/new`);
  await page.getByLabel(/^Strategien/).fill("Präventionskette");
  await page.getByRole("option", { name: "Eine kommunale Präventionskette aufbauen" }).waitFor();
});

await check("klarsicht check accepts the file the form wrote", async () => {
  const run = spawnSync(bin, ["check", portal, "--today", "2025-07-15"], { encoding: "utf8", env });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^geprüft: \d+ Seiten \(\d+ Dateien\), 0 Warnungen in \d+ ms\n$/);
});

const preview = await context.newPage();
await check("the preview shows the new report and the update on the measure's page", async () => {
  await preview.goto(`${url}berichte/${slug}/`);
  assert.equal(await preview.textContent("h1"), "Sachstand Fachstelle Herbst 2025");
  assert.match(await preview.textContent("main"), /Der Zuschuss ist bewilligt; die Fachstelle berät seit September\./);
  await preview.goto(`${url}massnahmen/fachstelle-pflegende-angehoerige/`);
  assert.match(await preview.textContent("main"), /Sachstand Fachstelle Herbst 2025/);
});

await check("a date written the German way without quotes gets a German message with the fix, in the overlay", async () => {
  const listening = preview.waitForRequest((r) => r.url().includes("/__klarsicht/events"));
  await preview.goto(`${url}berichte/${slug}/`);
  await listening;
  await preview.waitForTimeout(300);
  const good = readFileSync(file, "utf8");
  writeFileSync(file, good.replace('date = "2025-10-01"', "date = 01.10.2025"));
  await preview.waitForSelector("#klarsicht-error", { timeout: 20000 });
  const text = await preview.textContent("#klarsicht-error pre");
  assert.match(text, new RegExp(`^content/reports/${slug}\\.md:3:8: Fehler: `));
  assert.match(text, /01\.10\.2025/);
  assert.match(text, /Hinweis: .*"01\.10\.2025"|Hinweis: .*2025-10-01/);
  const reloaded = preview.waitForEvent("load", { timeout: 20000 });
  writeFileSync(file, good.replace('date = "2025-10-01"', 'date = "01.10.2025"'));
  await reloaded;
  assert.equal(await preview.$("#klarsicht-error"), null);
  // Dates hold no-break spaces: they never split between lines.
  assert.match((await preview.textContent("main")).replace(/\u00a0/g, " "), /1\. Oktober 2025/);
});

await check("the editor ran without a policy violation or a script error", async () => {
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
});

await browser.close();
server.kill();
decap.kill();
rmSync(work, { recursive: true, force: true });
if (failures()) {
  console.log(`${failures()} browser check(s) failed`);
  process.exit(1);
}
console.log("all CMS checks passed");
