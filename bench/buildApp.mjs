// The dashboard built as `npm run build` builds it, into a folder of the caller's: used by `npm run
// bench` (this checkout) and `npm run bench:compare` (a revision checked out in a worktree).
import { execFileSync } from 'node:child_process';

/**
 * `vite build` into `outDir`, then the prerender of the dashboard's default view into its index.html,
 * then (with `embed`) the embed page, a build of its own into the same folder (see
 * vite.embed.config.ts). The tools' output is shown only when a step fails.
 * @param {string} outDir
 * @param {{ cwd?: string; embed?: boolean }} [options] the checkout to build (this one by default)
 */
export function buildApp(outDir, { cwd = process.cwd(), embed = true } = {}) {
  const steps = [
    ['npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir']],
    ['node', ['scripts/prerender.mjs', outDir]],
    ...(embed ? [['npx', ['vite', 'build', '--config', 'vite.embed.config.ts', '--outDir', outDir]]] : []),
  ];
  try {
    for (const [command, args] of /** @type {[string, string[]][]} */ (steps))
      execFileSync(command, args, { cwd, stdio: 'pipe' });
  } catch (error) {
    const out = /** @type {{ stdout?: Buffer; stderr?: Buffer }} */ (error);
    process.stderr.write(`${out.stdout ?? ''}${out.stderr ?? ''}`);
    throw new Error(`the build in ${cwd} failed`, { cause: error });
  }
}
