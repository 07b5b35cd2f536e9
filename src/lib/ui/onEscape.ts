/** An attachment: Escape pressed anywhere inside the node calls `handler`, which says whether it acted. */
export function onEscape(handler: () => boolean) {
  return (node: HTMLElement) => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && handler()) event.preventDefault();
    };
    node.addEventListener('keydown', onKey);
    return () => node.removeEventListener('keydown', onKey);
  };
}
