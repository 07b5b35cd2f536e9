import { createContext } from 'svelte';
import type { ScaleContinuousNumeric, ScaleLinear } from 'd3';
import type { TooltipState } from './tooltipState.svelte';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a chart frame shares with its layers: its inner size, margins, scales and tooltip. */
export interface ChartContext {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** Time axis: UTC milliseconds to pixels. */
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
  readonly tooltip: TooltipState;
}

export const [getChart, setChart] = createContext<ChartContext>();
