/**
 * How far a country's name is moved sideways to be read whole: inside the map's edges (a narrow map)
 * and clear of Leaflet's zoom buttons in its top-left corner. Shared by Leaflet's map (CountryLabel,
 * which measures the buttons) and the still map drawn before it (StaticMap, which has no buttons and
 * keeps their place), so that a name does not move when one replaces the other. Pure.
 */

/** Space kept between a label and the map's edge or its zoom buttons, in pixels. */
export const LABEL_EDGE = 4;

/** The zoom buttons' box, in pixels from the map box's top-left corner (its border included). */
export interface ButtonBox {
  top: number;
  right: number;
  bottom: number;
}

/** Where leaflet.css puts the zoom buttons on a touch-capable browser (Chromium is one), as measured there. */
export const ZOOM_BUTTONS: ButtonBox = { top: 11, right: 45, bottom: 75 };

/**
 * The shift in pixels (positive: to the right) of a label centred on `point` (in the map's container
 * coordinates), `label` its size, on a map `mapWidth` wide. A label whose point is off the map is left
 * where it is, to leave with it.
 */
export function labelShift(
  point: { x: number; y: number },
  label: { width: number; height: number },
  mapWidth: number,
  buttons: ButtonBox | null,
): number {
  const half = label.width / 2;
  const inside = point.x >= 0 && point.x <= mapWidth && label.width + 2 * LABEL_EDGE <= mapWidth;
  if (!inside) return 0;
  let shift = Math.max(LABEL_EDGE - (point.x - half), 0) + Math.min(mapWidth - LABEL_EDGE - (point.x + half), 0);
  if (buttons) {
    const halfHeight = label.height / 2;
    const level = point.y + halfHeight > buttons.top && point.y - halfHeight < buttons.bottom;
    const under = buttons.right + LABEL_EDGE - (point.x - half + shift);
    // Moved right of the buttons if it still fits; else left where it is.
    if (level && under > 0 && point.x + half + shift + under <= mapWidth - LABEL_EDGE) shift += under;
  }
  return shift;
}
