// Save-to-reload times of `klarsicht serve`: saves one measure file again and
// again (changing its title) and measures, from each save,
//   page: until the reload message that names the measure's page, and
//   site: until the server has written the whole site again (its
//         "reloaded … after" line; the search index follows later).
// Not a test: a benchmark to rerun.
// Usage: node tests/browser/serve-bench.mjs PORTAL MEASURE_FILE [RUNS]
// Env: KLARSICHT (binary, default target/release/klarsicht), GAP_MS (pause
// between saves, default 1500; 12000 lets the background search index finish).
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";

const [portal, measureFile, runsArg] = process.argv.slice(2);
if (!portal || !measureFile) {
  console.error("usage: node tests/browser/serve-bench.mjs PORTAL MEASURE_FILE [RUNS]");
  process.exit(2);
}
const runs = Number(runsArg || 9);
const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/release/klarsicht");
// The lines this script reads are the English ones, whatever the portal's language.
const server = spawn(bin, ["serve", portal, "--port", "0", "--today", "2025-07-15"], {
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, KLARSICHT_LANG: "en" },
});
process.on("exit", () => server.kill());
const url = await new Promise((ok) =>
  createInterface({ input: server.stdout }).once("line", (l) => ok(l.match(/http:\/\/\S+/)[0])),
);
let siteDone = null;
createInterface({ input: server.stderr }).on("line", (l) => {
  if (/^reloaded /.test(l) && siteDone) siteDone(performance.now());
  if (/^the preview keeps/.test(l)) throw new Error("the build failed");
});

const res = await fetch(`${url}__klarsicht/events`);
const reader = res.body.getReader();
const decoder = new TextDecoder();
let buffer = "";
async function nextEvent() {
  for (;;) {
    const i = buffer.indexOf("\n\n");
    if (i >= 0) {
      const block = buffer.slice(0, i).split("\n");
      buffer = buffer.slice(i + 2);
      const name = block.find((l) => l.startsWith("event: "));
      const data = block.find((l) => l.startsWith("data: "));
      if (name) return { name: name.slice(7), data: data ? data.slice(6) : "" };
      continue;
    }
    const { value, done } = await reader.read();
    if (done) throw new Error("event stream ended");
    buffer += decoder.decode(value, { stream: true });
  }
}
await nextEvent(); // hello

const page = `/${basename(measureFile, ".md").replace(/\/index$/, "")}/index.html`;
const original = readFileSync(measureFile, "utf8");
const pageTimes = [];
const siteTimes = [];
for (let i = 0; i < runs; i++) {
  await new Promise((r) => setTimeout(r, Number(process.env.GAP_MS || 1500)));
  const site = new Promise((ok) => (siteDone = ok));
  const start = performance.now();
  writeFileSync(measureFile, original.replace(/^title = "(.*)"$/m, `title = "$1 ${i}"`));
  for (;;) {
    const ev = await nextEvent();
    if (ev.name !== "reload") throw new Error(`expected reload, got ${ev.name}`);
    const c = JSON.parse(ev.data);
    if (c.all || c.files.some((f) => f.endsWith(page))) break;
  }
  pageTimes.push(performance.now() - start);
  siteTimes.push((await site) - start);
  siteDone = null;
}
writeFileSync(measureFile, original);
const stats = (t) => {
  t.sort((a, b) => a - b);
  return { median_ms: Math.round(t[Math.floor(t.length / 2)]), min_ms: Math.round(t[0]), max_ms: Math.round(t.at(-1)) };
};
console.log(JSON.stringify({ runs, page: stats(pageTimes), site: stats(siteTimes) }));
process.exit(0);
