import { describe, expect, it } from 'vitest';
import { CommitQueue } from '../../src/lib/state/commitQueue';

/** A pause the test releases by hand, recording how many pauses were taken. */
function manualPause() {
  const waiting: (() => void)[] = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    pending: () => waiting.length,
    release: () => waiting.shift()?.(),
  };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CommitQueue', () => {
  it('runs the first job at once and pauses before each later one', async () => {
    const { pause, pending, release } = manualPause();
    const queue = new CommitQueue(pause);
    const ran: string[] = [];
    const done = [queue.add(0, () => ran.push('a')), queue.add(1, () => ran.push('b'))];
    await tick();
    expect(ran).toEqual(['a']);
    expect(pending()).toBe(1);
    release();
    await Promise.all(done);
    expect(ran).toEqual(['a', 'b']);
  });

  it('takes the highest priority among the jobs that have arrived, whatever order they arrived in', async () => {
    const { pause, release } = manualPause();
    const queue = new CommitQueue(pause);
    const ran: number[] = [];
    const done = [4, 0, 3, 1].map((p) => queue.add(p, () => ran.push(p)));
    await tick();
    // 4 arrived first and ran at once; the rest wait for pauses and go in priority order.
    for (let i = 0; i < 3; i++) {
      release();
      await tick();
    }
    await Promise.all(done);
    expect(ran).toEqual([4, 0, 1, 3]);
  });

  it('is not held back by a job that never arrives', async () => {
    const queue = new CommitQueue(() => Promise.resolve());
    const ran: string[] = [];
    // Priority 0 (say the trade file) never arrives; priority 1 still runs.
    await queue.add(1, () => ran.push('tourism'));
    expect(ran).toEqual(['tourism']);
  });

  it('rejects only the job that throws; the next one still runs', async () => {
    const queue = new CommitQueue(() => Promise.resolve());
    const failing = queue.add(0, () => {
      throw new Error('bad file');
    });
    const next = queue.add(1, () => {});
    await expect(failing).rejects.toThrow('bad file');
    await expect(next).resolves.toBeUndefined();
  });
});
