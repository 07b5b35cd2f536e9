// When deferred work runs: in an idle moment, or once a burst of changes has paused and then in an
// idle moment. The panels out of view catch up so, and the history is written so.

/** Runs a job later, when the main thread is free; returns a function that cancels it. */
export type Later = (job: () => void) => () => void;

/** How long a job waits at most for the main thread to be idle (after QUIET_MS, for `whenQuiet`). */
export const CATCH_UP_TIMEOUT_MS = 300;

/** In an idle period (requestIdleCallback), or after a short timeout where there is none. */
export const whenIdle: Later = (job) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(job, { timeout: CATCH_UP_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(job, 50);
  return () => clearTimeout(id);
};

/**
 * How long the view must stay unchanged before work put off by its changes starts (a panel out of view
 * catching up, the history written). A reader dragging the slider, or holding an arrow key down
 * (about 30 changes a second), changes it faster than this: that work waits until the reader stops,
 * instead of taking the main thread between two changes and delaying the next one.
 */
export const QUIET_MS = 200;

/**
 * Once QUIET_MS have passed, in an idle moment (`whenIdle`). A caller whose changes keep coming
 * cancels the job and asks again at each one, so that it runs once they pause.
 */
export const whenQuiet: Later = (job) => {
  let cancelIdle: (() => void) | undefined;
  const id = setTimeout(() => {
    cancelIdle = whenIdle(job);
  }, QUIET_MS);
  return () => {
    clearTimeout(id);
    cancelIdle?.();
  };
};
