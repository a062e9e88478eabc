/**
 * The space each element takes before its code arrives: its tag is an empty inline box
 * until then, and the page would jump when it renders. The map's box is exactly the one it
 * keeps (coop-map.styles.ts); the others reserve about their height. The loader and the
 * classic script apply it as soon as they run (a constructable stylesheet passes a strict
 * Content-Security-Policy, where a <style> element would not); `dist/coop-widgets.css`
 * holds the same rules for a page that can link a stylesheet in its <head>, before anything
 * is drawn.
 */
export const RESERVED_CSS = [
  'coop-map:not(:defined){display:block;aspect-ratio:var(--coop-map-aspect-ratio,3/2);min-height:440px}',
  'coop-timeline:not(:defined){display:block;min-height:360px}',
  'coop-card:not(:defined),coop-cards:not(:defined){display:block;min-height:10em}',
  'coop-filters:not(:defined){display:block;min-height:6em}',
].join('\n');

const applied = Symbol.for('coop-widgets.reserved-space');

/** Adds the reservation to the document, once however many copies of the library run. */
export function reserveSpace(): void {
  const global = globalThis as { [applied]?: boolean };
  if (global[applied] || typeof document === 'undefined' || !('adoptedStyleSheets' in Document.prototype)) return;
  global[applied] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RESERVED_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
