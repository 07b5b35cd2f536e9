// npm run bench:compare -- A B [C …]: the bench's filter-latency measure (bench/measure.mjs) on two or
// more builds side by side, in the same minutes on the same machine, one run of each in turn, so that a
// change is judged against the build before it rather than against a number from another day.
// Each argument is a built app directory (one with an index.html, as `npm run build` leaves dist/) or a
// git revision of this checkout, which is built first in a worktree of its own (the checkout's
// node_modules shared). Options: --rounds N (default 5), --cpu RATE (default 4).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from './buildApp.mjs';
import { filterLatency, launchBrowser } from './measure.mjs';
import { serveStatic } from './server.mjs';
import { median, percentile, round1 } from './stats.mjs';
import { USAGE, parseArgs } from './compareArgs.mjs';

const CHANGES = 20;

/** @param {string} message */
function log(message) {
  process.stderr.write(`${message}\n`);
}

/**
 * A build directory for `target`: itself when it holds an index.html, else the app built at that git
 * revision (as `npm run build` builds the dashboard: `vite build`, then the prerender) in `work`.
 * @param {string} target
 * @param {string} work
 */
function buildOf(target, work) {
  if (existsSync(join(target, 'index.html'))) return resolve(target);
  let commit;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${target}^{commit}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    throw new Error(`${target}: neither a build directory (no index.html) nor a git revision\n${USAGE}`);
  }
  const tree = join(work, `src-${commit.slice(0, 12)}`);
  const out = join(work, `build-${commit.slice(0, 12)}`);
  if (existsSync(out)) return out;
  log(`Building ${target} (${commit.slice(0, 12)}) …`);
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, commit]);
  try {
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'), 'dir');
    // The dashboard alone: the filter changes run on it (and a revision from before the embed page has none).
    buildApp(out, { cwd: tree, embed: false });
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree]);
  }
  return out;
}

/** @param {number} n @param {string} word */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function main() {
  const { rounds, cpu, targets } = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'bench-compare-'));
  /** @type {{ origin: string; close: () => Promise<void> }[]} */
  const servers = [];
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  try {
    const dirs = targets.map((target) => buildOf(target, work));
    for (const dir of dirs) servers.push(await serveStatic({ '/': dir }));
    browser = await launchBrowser();
    const results = targets.map(() => ({
      latencies: /** @type {number[]} */ ([]),
      longest: /** @type {number[]} */ ([]),
      over50: 0,
      errors: /** @type {string[]} */ ([]),
    }));
    for (let round = 0; round < rounds; round += 1) {
      // Every other round in the reverse order: neither build always runs first on a warmer machine.
      const order = targets.map((_, i) => i);
      if (round % 2 === 1) order.reverse();
      for (const i of order) {
        const result = results[i];
        const server = servers[i];
        if (!result || !server) continue;
        log(`Round ${round + 1}/${rounds}: ${targets[i]} …`);
        const run = await filterLatency(browser, `${server.origin}/`, cpu, CHANGES);
        result.latencies.push(...run.latencies);
        result.longest.push(run.longestTaskDuringChanges);
        result.over50 += run.longTasksDuringChanges;
        result.errors.push(...run.errors);
      }
    }
    const speed = cpu === 1 ? 'full speed' : `${cpu}x CPU`;
    console.log(`Filter latency at ${speed}, ${plural(rounds, 'round')} of ${CHANGES} changes, builds in turn:`);
    for (const [i, target] of targets.entries()) {
      const r = results[i];
      if (!r) continue;
      // The long-task observer sees only tasks over 50 ms: a round without one has 0 here.
      const longest = r.longest.map((t) => (t === 0 ? 'none' : `${Math.round(t)} ms`)).join(', ');
      console.log(
        `  ${target}: median ${round1(median(r.latencies))} ms, p95 ${round1(percentile(r.latencies, 95))} ms;` +
          ` ${plural(r.over50, 'task')} over 50 ms (the longest in each round: ${longest})` +
          (r.errors.length > 0 ? `; errors on the page: ${r.errors.join('; ')}` : ''),
      );
    }
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
