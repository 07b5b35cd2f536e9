/**
 * A roving tabindex over a list of focusable items: one Tab stop (the last item moved to, or the
 * first when that one is gone), and focus moved by index. Items register their elements by id.
 */
export class Roving {
  activeId = $state<string | null>(null);
  focusedId = $state<string | null>(null);
  // A registry of elements to focus, never read reactively: a plain Map is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly elements = new Map<string, HTMLElement | SVGElement>();

  /** The id that holds tabindex 0 among `ids`. */
  tabStop(ids: readonly string[]): string | null {
    return ids.find((id) => id === this.activeId) ?? ids[0] ?? null;
  }

  register(id: string, element: HTMLElement | SVGElement | undefined): void {
    if (element) this.elements.set(id, element);
    else this.elements.delete(id);
  }

  /** Moves focus to an item: its registered element, or `element` when the caller finds it itself. */
  focus(id: string, element: HTMLElement | SVGElement | undefined = this.elements.get(id)): void {
    this.activeId = id;
    element?.focus();
  }

  onFocus(id: string): void {
    this.activeId = id;
    this.focusedId = id;
  }

  onBlur(): void {
    this.focusedId = null;
  }

  /** An attachment for an item's element: registers it while mounted. */
  attach(id: string) {
    return (element: HTMLElement | SVGElement) => {
      this.register(id, element);
      return () => this.register(id, undefined);
    };
  }
}
