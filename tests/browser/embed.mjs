// Embeds on another site, as a newspaper's page would carry them: the
// example is served with the README's framing headers (`frame-ancestors
// 'self'` everywhere but the blocks under einbetten/ and en/embed/, which
// any site may frame), and a page of another origin (another port) holds
// the embed code that the goal, measure, indicator and budget pages offer,
// each in a column 320 px wide. Every block shows in its frame with its
// source line, fits the height its code gives without scrolling, and a page
// that is not a block is refused in a frame.
// Usage (from the repository root): node tests/browser/embed.mjs
// Env: KLARSICHT (binary, default target/debug/klarsicht), CHROMIUM.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { CSP, checks, launch, serve } from "./harness.mjs";

const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/debug/klarsicht");
const work = mkdtempSync(join(tmpdir(), "klarsicht-embed-"));
const site = join(work, "site");

/// The README's headers: blocks may be framed by any site, pages by none but the portal.
const blocks = /^\/portal\/(einbetten|en\/embed)\//;
const framing = (path) => ({
  "content-security-policy": `${CSP}; frame-ancestors ${blocks.test(path) ? "*" : "'self'"}`,
});
const portal = await serve(site, "/portal/", framing);
execFileSync(
  bin,
  ["build", join(repo, "content-example"), "--output", site, "--today", "2025-07-15", "--base-url", portal.base],
  { stdio: "inherit" },
);

const browser = await launch();
const { check, failures } = checks();

// The code each page offers, as a reader copies it.
const pages = {
  goal: "ziele/wirkungen-erzielen/",
  measure: "massnahmen/kita-schulentwicklungsplanung/",
  indicator: "kennzahlen/uebergangsquote-ausbildung/",
  budget: "haushalt/",
  english: "en/goals/wirkungen-erzielen/",
};
const codes = {};
const reader = await browser.newPage();
for (const [name, path] of Object.entries(pages)) {
  await reader.goto(portal.base + path);
  await reader.click("details.embed-code summary");
  codes[name] = await reader.textContent("details.embed-code pre code");
}
await reader.close();

// Another origin: a page with the codes and a frame of a page that is no block.
const hostDir = join(work, "host");
mkdirSync(join(hostDir, "news"), { recursive: true });
const columns = Object.entries(codes)
  .map(([name, code]) => `<div class="col" id="${name}">${code}</div>`)
  .join("\n");
writeFileSync(
  join(hostDir, "news/index.html"),
  `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Lokalzeitung</title>
<style>.col{width:320px;margin:1rem 0}iframe{border:0}</style></head><body>
${columns}
<div class="col" id="page"><iframe src="${portal.base}${pages.goal}" title="Seite" width="100%" height="300"></iframe></div>
</body></html>`,
);
const host = await serve(hostDir, "/");
assert.notEqual(new URL(host.base).port, new URL(portal.base).port);

const news = await browser.newPage();
await news.goto(host.base + "news/");
await news.waitForLoadState("load");

async function frameOf(name) {
  const el = await news.$(`#${name} iframe`);
  return { el, frame: await el.contentFrame() };
}

await check("each page offers an <iframe> code with a title and the block's address", async () => {
  for (const [name, code] of Object.entries(codes)) {
    assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/portal\/(en\/embed|einbetten)\/[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy"><\/iframe>$/, name);
  }
});

await check("the blocks show on another site's page, with their source line", async () => {
  const expected = {
    goal: "Wirkungen erzielen",
    measure: "Kita- und Schulentwicklungsplanung verzahnen",
    indicator: "Übergangsquote Schule–Ausbildung",
    budget: "Haushalt",
    english: "Achieve results",
  };
  for (const [name, h1] of Object.entries(expected)) {
    const { frame } = await frameOf(name);
    await frame.waitForSelector("main h1");
    assert.equal(await frame.textContent("main h1"), h1, name);
    assert.match(await frame.textContent("footer.embed-source"), /(Quelle|Source): /, name);
  }
});

await check("at 320 px each block fits the height its code gives, without scrolling", async () => {
  const short = [];
  for (const name of Object.keys(codes)) {
    const { el, frame } = await frameOf(name);
    const height = Number(await el.getAttribute("height"));
    const needed = await frame.evaluate(() => document.documentElement.scrollHeight);
    if (needed > height) short.push(`${name}: ${needed} px needed, ${height} px given`);
  }
  assert.deepEqual(short, []);
});

// docs/screenshots/embeds.png: SCREENSHOT_DIR=docs/screenshots node tests/browser/embed.mjs
if (process.env.SCREENSHOT_DIR) {
  await news.setViewportSize({ width: 360, height: 1400 });
  await news.locator("#goal").scrollIntoViewIfNeeded();
  await news.screenshot({ path: join(process.env.SCREENSHOT_DIR, "embeds.png") });
}

await check("a page that is not a block refuses the frame (frame-ancestors 'self')", async () => {
  const { frame } = await frameOf("page");
  await news.waitForTimeout(300);
  assert.equal(await frame.$("main h1").catch(() => null), null);
});

await check("a link in a block opens the portal in a new window, not in the frame", async () => {
  const { frame } = await frameOf("goal");
  const [popup] = await Promise.all([news.waitForEvent("popup"), frame.click("footer.embed-source a:not([rel])")]);
  await popup.waitForLoadState("load");
  assert.equal(popup.url(), portal.base + pages.goal);
});

await browser.close();
portal.close();
host.close();
rmSync(work, { recursive: true, force: true });
if (failures()) {
  console.log(`${failures()} browser check(s) failed`);
  process.exit(1);
}
console.log("all embed checks passed");
