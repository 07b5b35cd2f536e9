/** The Leaflet map, shared by LeafletMap with the layers rendered inside it (typed context, no string key). */
import { createContext } from 'svelte';
import type { Map as LeafletMap } from 'leaflet';

/** Layers are rendered only once the map exists, so the getter always has a map to return. */
export const [getMap, setMap] = createContext<() => LeafletMap>();
