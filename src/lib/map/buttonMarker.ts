/**
 * A Leaflet marker whose icon is a real <button> (a DivIcon given a DOM node, never an HTML string):
 * it takes keyboard focus, Enter and Space press it, and its name is set as text by the caller.
 */
import { DomEvent, divIcon, marker, type Marker } from 'leaflet';

export interface ButtonMarker {
  layer: Marker;
  button: HTMLButtonElement;
}

export function buttonMarker(className: string, onpress: () => void): ButtonMarker {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  // The press is the button's; the map must not also see it as a click on the map (which clears).
  DomEvent.disableClickPropagation(button);
  button.addEventListener('click', () => onpress());
  const layer = marker([0, 0], {
    icon: divIcon({ html: button, className: 'map-divicon', iconSize: [0, 0] }),
    // The button, not Leaflet's icon wrapper, is what takes focus.
    keyboard: false,
    interactive: false,
  });
  return { layer, button };
}
