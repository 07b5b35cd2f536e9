/// <reference types="svelte" />
/// <reference types="vite/client" />

/** data/datapackage.json with its prose removed (see scripts/dataPackagePlugin.ts); checked at start-up. */
declare module 'virtual:datapackage' {
  const value: unknown;
  export default value;
}

/** The embed's copy of it: only the resources an embedded panel fetches (scripts/dataPackagePlugin.ts). */
declare module 'virtual:datapackage-embed' {
  const value: unknown;
  export default value;
}

/** What a citation of data/datapackage.json names: its title and the day its version was released. */
declare module 'virtual:datapackage-citation' {
  const value: { title?: string; created?: string };
  export default value;
}
