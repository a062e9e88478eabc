/**
 * `dist/coop-widgets.js`, the file a web editor loads with one `<script type="module">`.
 * It registers every element, but loads each one's code only when its tag appears on the
 * page, from the same folder: a page with only a timeline never downloads the map. When it
 * finds a tag, it asks for everything that tag will need at once (`<link rel=modulepreload>`:
 * the element's chunks and the data of its institutions or, for a card, of its partnership),
 * so the page waits for one round trip instead of a chain of imports.
 */
import { defineElement } from './define.js';
import { localeFor, setLocale } from './localization.js';
import { reserveSpace } from './reserved-space.js';

// Each element's module, registered here (the registering entries, map.ts and the others,
// would be one more file and request per element).
const modules = {
  'coop-map': () => import('./components/coop-map/coop-map.js').then((m) => defineElement('coop-map', m.CoopMap)),
  'coop-timeline': () => import('./components/coop-timeline/coop-timeline.js').then((m) => defineElement('coop-timeline', m.CoopTimeline)),
  'coop-card': () => import('./components/coop-card/coop-card.js').then((m) => defineElement('coop-card', m.CoopCard)),
  // The cards' own cards first.
  'coop-cards': () => Promise.all([import('./components/coop-cards/coop-cards.js'), modules['coop-card']()]).then(([m]) => defineElement('coop-cards', m.CoopCards)),
  'coop-filters': () => import('./components/coop-filters/coop-filters.js').then((m) => defineElement('coop-filters', m.CoopFilters)),
};
type Tag = keyof typeof modules;

/**
 * What each entry and data part needs, file names relative to this one without `.js`:
 * written into the built file by the build (vite.config.ts, `coopPreloads`); empty when run
 * from source.
 */
interface Preloads {
  /** By element module (map, timeline, card, cards, filters, and `source`: the file reader). */
  modules: Record<string, string[]>;
  /** The bundled data: `core/<institution>.<language>`. */
  data: Record<string, string[]>;
  /** The folder of the bundled details parts (`<partnership>.<language>.json`). */
  details: string;
}
const preloads: Preloads = readPreloads('__COOP_PRELOADS__');
function readPreloads(text: string): Preloads {
  try {
    return JSON.parse(text) as Preloads;
  } catch {
    return { modules: {}, data: {}, details: '' };
  }
}

const entryOf: Record<Tag, string> = { 'coop-map': 'map', 'coop-timeline': 'timeline', 'coop-card': 'card', 'coop-cards': 'cards', 'coop-filters': 'filters' };
// Through a variable: Vite rewrites `new URL(template, import.meta.url)` as an asset lookup.
const here = import.meta.url;
const requested = new Set<string>();
const hinted = new Set<string>();

/** Asks the browser for `files` (modules, or with `fetch` JSON files) now, once each; they are used when asked for. */
function hint(files: readonly string[] | undefined, as: 'module' | 'fetch' = 'module'): void {
  for (const file of files ?? []) {
    if (hinted.has(file)) continue;
    hinted.add(file);
    const link = document.createElement('link');
    if (as === 'module') link.rel = 'modulepreload';
    else {
      // As the card's fetch asks for it (same-origin credentials), or it would be fetched twice.
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    }
    link.href = new URL(as === 'module' ? `./${file}.js` : `./${file}`, here).href;
    document.head.append(link);
  }
}

/** The files an element on the page will ask for, from its attributes. */
function hintFor(element: Element): void {
  const tag = element.localName as Tag;
  hint(preloads.modules[entryOf[tag]]);
  // The filters show what the other elements of their group load.
  if (tag === 'coop-filters') return;
  if (element.getAttribute('src')?.trim()) {
    hint(preloads.modules.source);
    return;
  }
  const language = localeFor(document.documentElement.lang);
  if (tag === 'coop-card') {
    const partnership = element.getAttribute('partnership')?.trim();
    if (partnership && preloads.details) hint([`${preloads.details}${encodeURIComponent(partnership)}.${language}.json`], 'fetch');
    return;
  }
  const institutions = element.getAttribute('institution')?.split(/[\s,]+/).filter(Boolean);
  const cores = Object.keys(preloads.data).filter((key) => key.startsWith('core/') && key.endsWith(`.${language}`));
  for (const key of institutions?.length ? institutions.map((id) => `core/${id}.${language}`) : cores) hint(preloads.data[key]);
}

function loadTagsIn(root: ParentNode): void {
  for (const tag of Object.keys(modules) as Tag[]) {
    const found = root.querySelectorAll(tag);
    if (!found.length) continue;
    for (const element of found) hintFor(element);
    if (requested.has(tag) || customElements.get(tag)) continue;
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
export function preload(tag: Tag): Promise<unknown> {
  requested.add(tag);
  hint(preloads.modules[entryOf[tag]]);
  return modules[tag]();
}

/**
 * The element classes, registering nothing, to define them under other tags:
 * `customElements.define('hopital-carte', class extends (await loadClasses()).CoopMap {})`.
 */
export function loadClasses(): Promise<typeof import('./classes.js')> {
  return import('./classes.js');
}

export { setLocale };
