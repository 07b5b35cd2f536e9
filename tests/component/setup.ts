import '@testing-library/jest-dom/vitest';

// jsdom has no layout and no ResizeObserver: charts then draw at once at their initial width
// (see src/lib/ui/observeWidth.ts), which is what component tests want: explicit sizes, structure
// not geometry.
