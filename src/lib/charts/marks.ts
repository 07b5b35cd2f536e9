/** A point mark for one data row: filled for official statistics, hollow for statements and press. */
export interface PointMark {
  id: string;
  x: number;
  y: number;
  color: string;
  hollow: boolean;
  shape?: 'circle' | 'diamond';
  /** Text for screen readers and the native tooltip. */
  label: string;
}
