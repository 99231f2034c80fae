// How many bytes a reader's browser fetches for the first search query, and
// how large the whole index is. Usage: node tests/browser/search-size.mjs SITE [QUERY]
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { launch, serve } from "./harness.mjs";

const site = process.argv[2];
const query = process.argv[3] || "Kita";
if (!site) {
  console.error("usage: node tests/browser/search-size.mjs SITE [QUERY]");
  process.exit(2);
}

function bytes(dir) {
  let total = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = bytes(p);
      total += sub.total;
      files += sub.files;
    } else {
      total += statSync(p).size;
      files += 1;
    }
  }
  return { total, files };
}

const server = await serve(site, "/portal/");
const browser = await launch();
const page = await browser.newPage();
const fetched = [];
page.on("response", async (r) => {
  if (r.url().includes("/pagefind/")) {
    try {
      fetched.push({ url: r.url(), size: (await r.body()).length });
    } catch {
      // a response without a body (redirect) counts as nothing
    }
  }
});
await page.goto(`${server.base}suche/?q=${encodeURIComponent(query)}`);
await page.waitForFunction(() => {
  const s = document.getElementById("search-status").textContent;
  return s && !s.endsWith("…");
});
await page.waitForLoadState("networkidle");
const index = bytes(join(site, "pagefind"));
const first = fetched.reduce((a, f) => a + f.size, 0);
console.log(
  JSON.stringify(
    {
      query,
      index_bytes: index.total,
      index_files: index.files,
      first_query_bytes: first,
      first_query_requests: fetched.length,
    },
    null,
    2,
  ),
);
await browser.close();
server.close();
