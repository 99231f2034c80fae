// Lighthouse scores (performance, accessibility, best practices, SEO) of
// four pages of content-example, in Debian's chromium, with Lighthouse's
// default mobile emulation and simulated throttling. Fails below 95.
// Usage (from the repository root): node tests/browser/lighthouse.mjs
// Env: KLARSICHT (binary, default target/debug/klarsicht), CHROMIUM.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { serve } from "./harness.mjs";

const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/debug/klarsicht");
const work = mkdtempSync(join(tmpdir(), "klarsicht-lighthouse-"));
const site = join(work, "site");
execFileSync(bin, ["build", join(repo, "content-example"), "--output", site, "--today", "2025-07-15"], {
  stdio: "inherit",
});
const server = await serve(site, "/portal/");
mkdirSync(join(work, "profile"));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  userDataDir: join(work, "profile"),
});
const PAGES = {
  home: "",
  goal: "ziele/wirkungen-erzielen/",
  measure: "massnahmen/kulturwandel-sozialamt/",
  budget: "haushalt/",
  "measure (English)": "en/measures/kulturwandel-sozialamt/",
  "untranslated (English)": "en/measures/koki-cafe/",
};
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
let failed = 0;
console.log(`| page | ${CATEGORIES.join(" | ")} |\n|---|${CATEGORIES.map(() => "---").join("|")}|`);
for (const [name, path] of Object.entries(PAGES)) {
  const result = await lighthouse(server.base + path, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
  });
  const lhr = result.lhr;
  const scores = CATEGORIES.map((c) => Math.round(lhr.categories[c].score * 100));
  console.log(`| ${name} | ${scores.join(" | ")} |`);
  for (const c of CATEGORIES) {
    if (lhr.categories[c].score * 100 < (process.env.LH_SHOW ? 100 : 95)) {
      failed++;
      const low = lhr.categories[c].auditRefs
        .map((r) => lhr.audits[r.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
        .map((a) => `  ${a.id}: ${a.title} (${a.displayValue || a.score})`);
      console.log(`FAIL ${name} ${c}\n${low.join("\n")}`);
    }
  }
}
await chrome.kill();
server.close();
rmSync(work, { recursive: true, force: true });
if (failed) {
  console.log(`${failed} score(s) below 95`);
  process.exit(1);
}
console.log("every score is 95 or more");
