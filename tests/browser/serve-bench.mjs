// Median time from saving one measure to the reload message, with
// `klarsicht serve` running on a portal. Not a test: a benchmark to rerun.
// Usage: node tests/browser/serve-bench.mjs PORTAL MEASURE_FILE [RUNS]
// Env: KLARSICHT (binary, default target/release/klarsicht), GAP_MS (pause
// between saves, default 300; 12000 lets the background search index finish).
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

const [portal, measureFile, runsArg] = process.argv.slice(2);
if (!portal || !measureFile) {
  console.error("usage: node tests/browser/serve-bench.mjs PORTAL MEASURE_FILE [RUNS]");
  process.exit(2);
}
const runs = Number(runsArg || 9);
const repo = new URL("../../", import.meta.url).pathname;
const bin = process.env.KLARSICHT || join(repo, "target/release/klarsicht");
const server = spawn(bin, ["serve", portal, "--port", "0", "--today", "2025-07-15"], {
  stdio: ["ignore", "pipe", "ignore"],
});
process.on("exit", () => server.kill());
const url = await new Promise((ok) =>
  createInterface({ input: server.stdout }).once("line", (l) => ok(l.match(/http:\/\/\S+/)[0])),
);

const res = await fetch(`${url}__klarsicht/events`);
const reader = res.body.getReader();
const decoder = new TextDecoder();
let buffer = "";
async function nextEvent() {
  for (;;) {
    const i = buffer.indexOf("\n\n");
    if (i >= 0) {
      const block = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      const name = block.split("\n").find((l) => l.startsWith("event: "));
      if (name) return name.slice(7);
      continue;
    }
    const { value, done } = await reader.read();
    if (done) throw new Error("event stream ended");
    buffer += decoder.decode(value, { stream: true });
  }
}
await nextEvent(); // hello

const original = readFileSync(measureFile, "utf8");
const times = [];
for (let i = 0; i < runs; i++) {
  await new Promise((r) => setTimeout(r, Number(process.env.GAP_MS || 300)));
  const start = performance.now();
  writeFileSync(measureFile, original.replace(/^title = "(.*)"$/m, `title = "$1 ${i}"`));
  const ev = await nextEvent();
  times.push(performance.now() - start);
  if (ev !== "reload") throw new Error(`expected reload, got ${ev}`);
}
writeFileSync(measureFile, original);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({ runs, median_ms: Math.round(median), min_ms: Math.round(times[0]), max_ms: Math.round(times.at(-1)) }));
process.exit(0);
