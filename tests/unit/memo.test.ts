import { describe, expect, it } from 'vitest';
import { oncePerKey, oncePerObject } from '../../src/lib/data/memo';

describe('oncePerKey(work) / oncePerObject(work)', () => {
  it('does the work once per key, and stores a null result too', () => {
    const calls: string[] = [];
    const parse = oncePerKey((key) => (calls.push(key), key === 'bad' ? null : { key }));
    const first = parse('a');
    expect(parse('a')).toBe(first);
    expect([parse('bad'), parse('bad')]).toEqual([null, null]);
    expect(calls).toEqual(['a', 'bad']);
  });

  it('keys by the object itself, not by its contents', () => {
    let calls = 0;
    const build = oncePerObject((row: { id: string }) => (calls++, { of: row.id }));
    const row = { id: 'r' };
    expect(build(row)).toBe(build(row));
    expect(build({ id: 'r' })).not.toBe(build(row));
    expect(calls).toBe(2);
  });
});
