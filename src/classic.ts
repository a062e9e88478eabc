/**
 * `dist/coop-widgets.iife.js`, for editors whose CMS strips `type="module"`: a classic
 * script that loads `coop-widgets.js` from its own folder, so a page that uses it downloads
 * the same files as with the module (a classic script may `import()` modules). Including it
 * twice, or with the module, loads everything once. `window.CoopWidgets` is a promise of
 * the module's exports (`setLocale`, `preload`, `loadClasses`).
 */
import { reserveSpace } from './reserved-space.js';

declare global {
  interface Window {
    CoopWidgets?: Promise<typeof import('./coop-widgets.js')>;
  }
}

// At once, while the page is parsed: the elements after this script take their space from the start.
reserveSpace();

const script = document.currentScript as HTMLScriptElement | null;
const here = script?.src || [...document.scripts].map((s) => s.src).find((src) => /coop-widgets\.iife\.js/.test(src)) || document.baseURI;
window.CoopWidgets ??= import(/* @vite-ignore */ new URL('./coop-widgets.js', here).href);
