/**
 * The byte budgets (from the performance issue) and the card's "no world of the map" check,
 * computed from pageBytes() results. Shared by `npm run bench` (goal column) and
 * `npm run check:budgets` (exit code). Bytes only, never times.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES, budgetOf } from './pages.mjs';
import { root } from './server.mjs';

/** Runs of at least 200 characters that are only coordinates or SVG path data: digits, signs, separators, path commands. */
const GEOMETRY_RUN = /[-0-9.,eE\s[\]MLHVCSQTAZmlhvcsqtaz]{200,}/g;
/** A TopoJSON topology, as JSON (`"type":"Topology"`) or as a JS object literal (`type:"Topology"`, any quotes: minifiers write template literals). */
const TOPOLOGY = /["'`]?type["'`]?\s*:\s*["'`]Topology["'`]/;
/** A file with this much geometry text holds a world (countries-110m requantized and simplified to 11 KiB gzip is still ~40 KiB of text). */
export const WORLD_GEOMETRY_BYTES = 16 * 1024;

const geometryCache = new Map();
/** `{ topology, geometryBytes }` of a project file. */
export function geometryOf(file) {
  let g = geometryCache.get(file);
  if (!g) {
    const text = readFileSync(join(root, file), 'latin1');
    let geometryBytes = 0;
    for (const run of text.matchAll(GEOMETRY_RUN)) {
      // A run of spaces or of a single repeated character is not geometry.
      if (/\d.*\d.*\d/.test(run[0]) && /[,\s]/.test(run[0])) geometryBytes += run[0].length;
    }
    g = { topology: TOPOLOGY.test(text), geometryBytes };
    geometryCache.set(file, g);
  }
  return g;
}

/** Whether a file holds world geometry: a TopoJSON topology, or WORLD_GEOMETRY_BYTES of coordinates or path data. */
export const holdsWorld = (file) => {
  const g = geometryOf(file);
  return g.topology || g.geometryBytes >= WORLD_GEOMETRY_BYTES;
};

/**
 * The card's locator must not pull the world the map uses. Criterion, by content, never by
 * file name (chunk names change): the map's world files are the files map.html loads that
 * hold world geometry (holdsWorld); card.html passes when it loads none of them. A card with
 * a small world of its own (a few countries, under WORLD_GEOMETRY_BYTES of geometry, no
 * shared file) passes; a card that shares the map's world file, or whose files carry a
 * whole world inlined, fails.
 */
export function cardWorldCheck(card, map) {
  if (!card || !map) return null;
  const worldOfMap = map.files.filter((f) => holdsWorld(f.file));
  const loaded = new Set(card.files.map((f) => f.path));
  const pulled = worldOfMap.filter((f) => loaded.has(f.path));
  const ownWorld = card.files.filter((f) => !pulled.includes(f) && holdsWorld(f.file) && !worldOfMap.some((w) => w.path === f.path));
  return {
    ok: pulled.length === 0,
    worldOfMap: worldOfMap.map((f) => f.path),
    pulled: pulled.map((f) => f.path),
    // A world-sized geometry the card loads that the map does not load: reported, not failed
    // (the card may have a world of its own), though it is worth a look.
    ownWorld: ownWorld.map((f) => f.path),
    files: card.files.map((f) => ({ path: f.path, gzip: f.gzip, alsoInMap: map.files.some((m) => m.path === f.path), ...geometryOf(f.file) })),
  };
}

/**
 * The gzip bytes of what the library makes a page load: every file but the page's own HTML,
 * which is the hospital's (the bench's table, comparing whole pages with the anchors', counts it).
 */
export function libraryGzip(measured) {
  return measured.files.filter((f) => !f.path.startsWith('/pages/')).reduce((n, f) => n + f.gzip, 0);
}

/** Each budgeted page: `{ page, bytes (gzip), budget (bytes), ok }`, plus the card world check. */
export function budgetResults(bytesByPage) {
  const results = [];
  for (const def of PAGES) {
    const measured = bytesByPage[def.name];
    const budget = budgetOf(def, bytesByPage);
    if (!measured || budget == null) continue;
    const gzip = libraryGzip(measured);
    results.push({ page: def.name, gzip, budget: budget * 1024, ok: gzip <= budget * 1024, relative: typeof def.budget === 'object' ? def.budget : null });
  }
  const world = cardWorldCheck(bytesByPage.card, bytesByPage.map);
  return { results, world };
}
