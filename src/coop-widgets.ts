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

function loadTagsIn(root: ParentNode): void {
  for (const tag of Object.keys(modules)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    void modules[tag]();
  }
}

if (typeof document !== 'undefined') {
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
