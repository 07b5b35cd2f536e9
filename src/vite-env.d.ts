/// <reference types="svelte" />
/// <reference types="vite/client" />

/** data/datapackage.json with its prose removed (see scripts/dataPackagePlugin.ts); checked at start-up. */
declare module 'virtual:datapackage' {
  const value: unknown;
  export default value;
}
