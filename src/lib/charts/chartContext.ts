import { createContext } from 'svelte';
import type { ScaleContinuousNumeric, ScaleTime } from 'd3';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a chart frame shares with its layers: its inner size and its scales (always current). */
export interface ChartContext {
  readonly width: number;
  readonly height: number;
  readonly x: ScaleTime<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
}

export const [getChart, setChart] = createContext<ChartContext>();
