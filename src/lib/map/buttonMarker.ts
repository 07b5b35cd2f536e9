/**
 * A Leaflet marker whose icon is a real <button> (a DivIcon given a DOM node, never an HTML string):
 * it takes keyboard focus, Enter and Space press it, and its name is set as text by the caller.
 */
import { DomEvent, divIcon, marker, type Marker } from 'leaflet';

export interface ButtonMarker {
  layer: Marker;
  button: HTMLButtonElement;
}

/** `onpress` is told whether the press came from the keyboard (Enter or Space: a click with no pointer detail). */
export function buttonMarker(className: string, onpress: (byKeyboard: boolean) => void): ButtonMarker {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  // The press is the button's; the map must not also see it as a click on the map (which clears).
  DomEvent.disableClickPropagation(button);
  button.addEventListener('click', (event) => onpress(event.detail === 0));
  const layer = marker([0, 0], {
    icon: divIcon({ html: button, className: 'map-divicon', iconSize: [0, 0] }),
    // The button, not Leaflet's icon wrapper, is what takes focus.
    keyboard: false,
    interactive: false,
  });
  return { layer, button };
}
