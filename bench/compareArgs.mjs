// The command line of bench/compare.mjs, read without running anything (tested in tests/unit).

export const USAGE =
  'usage: npm run bench:compare -- [--rounds N] [--cpu RATE] A B [C …] (build directories or git revisions)';

/**
 * The options and the builds named on the command line.
 * @param {string[]} args
 */
export function parseArgs(args) {
  let rounds = 5;
  let cpu = 4;
  /** @type {string[]} */
  const targets = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--rounds' || arg === '--cpu') {
      const value = Number(args[i + 1]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a whole number of 1 or more\n${USAGE}`);
      if (arg === '--rounds') rounds = value;
      else cpu = value;
      i += 1;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}\n${USAGE}`);
    } else {
      targets.push(arg);
    }
  }
  if (targets.length < 2) throw new Error(`two builds or more are needed, side by side\n${USAGE}`);
  return { rounds, cpu, targets };
}
