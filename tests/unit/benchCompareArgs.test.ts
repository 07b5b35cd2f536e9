import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/compareArgs.mjs';

describe('bench:compare command line', () => {
  it('reads the builds in order, with 5 rounds at 4x CPU unless told otherwise', () => {
    expect(parseArgs(['HEAD~1', 'dist'])).toEqual({ rounds: 5, cpu: 4, targets: ['HEAD~1', 'dist'] });
    expect(parseArgs(['--rounds', '3', 'a', '--cpu', '1', 'b', 'c'])).toEqual({
      rounds: 3,
      cpu: 1,
      targets: ['a', 'b', 'c'],
    });
  });

  it('refuses fewer than two builds, saying what it needs', () => {
    expect(() => parseArgs(['dist'])).toThrow(/two builds or more/);
    expect(() => parseArgs([])).toThrow(/usage: npm run bench:compare/);
  });

  it('refuses an option without a whole number of 1 or more, or one it does not know', () => {
    expect(() => parseArgs(['--rounds', 'x', 'a', 'b'])).toThrow('--rounds needs a whole number of 1 or more');
    expect(() => parseArgs(['--cpu', '0', 'a', 'b'])).toThrow('--cpu needs a whole number of 1 or more');
    expect(() => parseArgs(['a', 'b', '--rounds'])).toThrow('--rounds needs a whole number');
    expect(() => parseArgs(['--round', '3', 'a', 'b'])).toThrow('unknown option --round');
  });
});
