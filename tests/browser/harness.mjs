// Shared by the browser tests: a plain static host under a sub-path, and
// Debian's chromium launched the way this machine needs it.
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/// The Content-Security-Policy the README recommends: nothing from other
/// hosts, no inline script or style; Pagefind's search compiles WebAssembly,
/// which needs 'wasm-unsafe-eval' (it allows no inline code or eval).
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/// Serves `site` at http://127.0.0.1:PORT{prefix}, with `headers` on every
/// answer; resolves to { base, close }.
export async function serve(site, prefix, headers = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(site, path.slice(prefix.length)));
    if (!file.startsWith(site)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      // Headers for every path, or a function of the path (as a server's
      // `location` blocks set them).
      const extra = typeof headers === "function" ? headers(path) : headers;
      res.writeHead(200, { ...extra, "content-type": types[extname(file)] || "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { base: `http://127.0.0.1:${server.address().port}${prefix}`, close: () => server.close() };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

/// Named checks that report and count failures instead of stopping the run.
export function checks() {
  let failures = 0;
  async function check(name, fn) {
    try {
      await fn();
      console.log(`ok   ${name}`);
    } catch (e) {
      failures++;
      console.log(`FAIL ${name}\n${e.stack || e}`);
    }
  }
  return { check, failures: () => failures };
}

// Runs in the page (page.evaluate): no column hidden without a cue. A
// table wider than its box says so above it and can be scrolled by
// keyboard; the measures' tables are cards and never wider.
export function hiddenColumns() {
  return [...document.querySelectorAll("table")].flatMap((t) => {
    const box = t.parentElement;
    if (t.classList.contains("cards")) return t.scrollWidth > box.clientWidth + 1 ? [`cards table ${t.scrollWidth}px`] : [];
    if (t.scrollWidth <= box.clientWidth + 1) return [];
    const hint = box.previousElementSibling;
    const wrapped = box.classList.contains("table-wrap") || box.classList.contains("scroll");
    const cued = wrapped && hint && hint.classList.contains("scroll-hint") && hint.offsetHeight > 0 && box.tabIndex === 0;
    return cued ? [] : [`table ${t.id || t.className || ""} ${t.scrollWidth}px in ${box.clientWidth}px without a cue`];
  });
}

// A4 is 210 mm wide; assets/print-margins.css leaves 15 mm either side:
// 180 mm = 680 CSS pixels (96 per inch).
export const PRINT_WIDTH = 680;

// Runs in the page (page.evaluate), printed: tables wider than the page or
// than their box, and the page.
export function clipped(width) {
  const out = [];
  if (document.documentElement.scrollWidth > width + 1) out.push(`page ${document.documentElement.scrollWidth}px wide`);
  for (const t of document.querySelectorAll("table")) {
    const r = t.getBoundingClientRect();
    if (r.width === 0) continue;
    const box = t.parentElement;
    if (t.scrollWidth > box.clientWidth + 1 || r.right > width + 1) out.push(`table ${t.id || t.className || ""} ${Math.round(r.width)}px, its box ${box.clientWidth}px`);
  }
  return out;
}

/// Visits every path with `visit(page, path)` on `workers` pages of
/// `context` at once (CI has two cores: one page waits while the other
/// renders); the results come back in the paths' order.
export async function eachPage(context, paths, visit, workers = 2) {
  const results = new Array(paths.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, paths.length) }, async () => {
      const page = await context.newPage();
      while (next < paths.length) {
        const i = next++;
        results[i] = await visit(page, paths[i]);
      }
      await page.close();
    }),
  );
  return results.flat();
}
