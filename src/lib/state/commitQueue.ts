/**
 * Runs jobs one at a time, the highest priority (lowest number) among those that have arrived first,
 * with a pause between jobs. The data store commits each file through it, so the first chart's file
 * is read and drawn before the others, and each later file waits for a paint: no single long task
 * holds back the first chart, and input is handled between files. A job that never arrives blocks
 * nothing: only jobs that have arrived are waited for.
 */
export class CommitQueue {
  #ready: { priority: number; job: () => void }[] = [];
  #running = false;
  #ran = 0;
  readonly #pause: () => Promise<void>;

  /** `pause` runs between two jobs (not before the first one). */
  constructor(pause: () => Promise<void>) {
    this.#pause = pause;
  }

  /** Queues a job that has arrived; resolves once it has run. A job that throws rejects only its own promise. */
  add(priority: number, job: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#ready.push({
        priority,
        job: () => {
          try {
            job();
            resolve();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
      });
      void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#ready.length > 0) {
        if (this.#ran > 0) await this.#pause();
        this.#ready.sort((a, b) => a.priority - b.priority);
        const next = this.#ready.shift();
        next?.job();
        this.#ran += 1;
      }
    } finally {
      this.#running = false;
    }
  }
}

/**
 * Resolves after the browser has painted twice (two animation frames, then a task), so work queued
 * behind it does not delay the frame that shows what was just drawn. Pages without frames (a hidden
 * tab, jsdom) resolve after `fallbackMs` instead.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      ),
    );
  });
}
