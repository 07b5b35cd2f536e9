import '@testing-library/jest-dom/vitest';

// jsdom has no layout and no ResizeObserver (Svelte's bind:clientWidth uses one). Charts then keep
// their initial width, which is what component tests want: explicit sizes, structure not geometry.
if (!('ResizeObserver' in globalThis)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver: NoLayoutResizeObserver });
}
