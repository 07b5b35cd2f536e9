import type { TooltipContent } from './marks';

/** The one tooltip of a chart: what it shows, where (pixels in the frame), and whether it is pinned. */
export class TooltipState {
  content = $state<TooltipContent | null>(null);
  left = $state(0);
  top = $state(0);
  pinned = $state(false);

  show(content: TooltipContent, left: number, top: number): void {
    if (this.pinned && this.content !== content) return;
    this.content = content;
    this.left = left;
    this.top = top;
  }

  /** Hides an unpinned tooltip. */
  hide(): void {
    if (!this.pinned) this.content = null;
  }

  pin(content: TooltipContent, left: number, top: number): void {
    this.pinned = false;
    this.show(content, left, top);
    this.pinned = true;
  }

  clear(): void {
    this.pinned = false;
    this.content = null;
  }
}
