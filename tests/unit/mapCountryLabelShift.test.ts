import { describe, expect, it } from 'vitest';
import { LABEL_EDGE, labelShift, ZOOM_BUTTONS } from '../../src/lib/map/countryLabelShift';

const label = { width: 100, height: 20 };

describe('labelShift', () => {
  it('leaves a label that fits where it is', () => {
    expect(labelShift({ x: 300, y: 200 }, label, 600, ZOOM_BUTTONS)).toBe(0);
  });

  it('moves a label inside the left and right edges, keeping the edge space', () => {
    expect(labelShift({ x: 30, y: 200 }, label, 600, null)).toBe(LABEL_EDGE - (30 - 50));
    expect(labelShift({ x: 580, y: 200 }, label, 600, null)).toBe(600 - LABEL_EDGE - (580 + 50));
  });

  it('moves a label level with the zoom buttons right of them, if it then fits', () => {
    // Its left end (x 40) is under the buttons (right at 45, plus the edge space).
    expect(labelShift({ x: 90, y: 40 }, label, 600, ZOOM_BUTTONS)).toBe(ZOOM_BUTTONS.right + LABEL_EDGE - 40);
    // Below the buttons, it stays.
    expect(labelShift({ x: 90, y: 120 }, label, 600, ZOOM_BUTTONS)).toBe(0);
    // Where it would not fit right of them, it stays where the edges put it.
    expect(labelShift({ x: 60, y: 40 }, label, 150, ZOOM_BUTTONS)).toBe(0);
  });

  it('lets a label whose point is off the map, or which cannot fit, go with it', () => {
    expect(labelShift({ x: -10, y: 200 }, label, 600, ZOOM_BUTTONS)).toBe(0);
    expect(labelShift({ x: 610, y: 200 }, label, 600, ZOOM_BUTTONS)).toBe(0);
    expect(labelShift({ x: 50, y: 200 }, label, 105, null)).toBe(0);
  });
});
