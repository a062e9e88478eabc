/**
 * `dist/coop-widgets.js`, the file a web editor loads with one `<script type="module">`.
 * It registers every element, but loads each one's code (and the world map, the heaviest
 * part) only when its tag appears on the page, from the same folder: a page with only a
 * timeline or a card never downloads the map.
 */
import { setLocale } from './localization.js';

const modules: Record<string, () => Promise<unknown>> = {
  'coop-map': () => import('./map.js'),
  'coop-timeline': () => import('./timeline.js'),
  'coop-card': () => import('./card.js'),
  'coop-cards': () => import('./card.js'),
};

const requested = new Set<string>();

/**
 * Until an element's code arrives, its tag is an empty inline box: reserve about the
 * height it will take, so the page does not jump when it renders. Constructable
 * stylesheets pass a strict Content-Security-Policy, where a <style> element would not.
 */
function reserveSpace(): void {
  if (!('adoptedStyleSheets' in Document.prototype)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    coop-map:not(:defined) { display: block; aspect-ratio: 3 / 2; min-height: 440px; }
    coop-timeline:not(:defined) { display: block; min-height: 360px; }
    coop-card:not(:defined) { display: block; min-height: 10em; }
    coop-cards:not(:defined) { display: block; min-height: 10em; }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function loadTagsIn(root: ParentNode): void {
  for (const tag of Object.keys(modules)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    void modules[tag]();
  }
}

if (typeof document !== 'undefined') {
  reserveSpace();
  loadTagsIn(document);
  // Tags can arrive later: a CMS block rendered by script, a tab opened, a page still parsing.
  const observer = new MutationObserver(() => {
    loadTagsIn(document);
    if (requested.size === Object.keys(modules).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** Loads (and registers) an element's code now, without waiting for its tag to appear. */
export function preload(tag: keyof typeof modules): Promise<unknown> {
  requested.add(tag);
  return modules[tag]();
}

export { setLocale };
