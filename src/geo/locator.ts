/**
 * The small locator map of a card: the partners' countries highlighted among their
 * neighbours, and a dot where a partner is known to the city (none when known only by
 * country). Pure and d3-free: it reads a coarse world generated for it (a few KiB, not the
 * map's), already in Equal Earth, so placing it in the card's box is a scale and a shift.
 */
import type { Partner } from '../data/schema.generated.js';
import { roundTo as round } from '../format/numbers.js';
import { equalEarthCanonical } from './equal-earth.js';
import { LOCATOR_CODES, LOCATOR_STEP, LOCATOR_WORLD } from './generated/locator-world.js';

/** What a card draws: paths and dots in a `width` x `height` box. */
export interface Locator {
  width: number;
  height: number;
  countries: { key: string; d: string; highlighted: boolean }[];
  /** The partners' places; `region`: known only to its region (drawn as a ring). */
  points: { x: number; y: number; region?: true }[];
}

/** A country of the locator world: rings as flat [x0, y0, x1, y1, ...] canonical coordinates. */
interface Shape {
  key: string;
  code: string | null;
  rings: number[][];
  /**
   * Each ring's bounding box. The build puts the largest ring first: a view is fitted to it
   * (mainland France, not French Guiana; Russia, not Chukotka's tip beyond 180°).
   */
  boxes: Box[];
}

type Box = [number, number, number, number];

/** Margin around the partners, in box pixels. */
const PADDING = 6;
/** A view is never narrower than this (canonical units, about 36° at the equator), so neighbours show. */
const MIN_SPAN = 100;
/** How much land around a city partner is shown at least (canonical units, about 9°). */
const CONTEXT = 25;

let world: Shape[] | null = null;

/** Reads LOCATOR_WORLD (the format is described in scripts/world/locator-codec.mjs). */
function decode(): Shape[] {
  let i = 0;
  let x = 0;
  let y = 0;
  const next = (): number => {
    let z = 0;
    for (let scale = 1; ; scale *= 32) {
      const c = LOCATOR_WORLD.charCodeAt(i++);
      // A-Z a-f end a number (0-31); g-z 0-9 _ $ carry 5 bits and go on.
      if (c < 91 && c > 64) return z + (c - 65) * scale;
      if (c < 103 && c > 96) return z + (c - 71) * scale;
      z += (c > 102 ? c - 103 : c === 95 ? 30 : c === 36 ? 31 : c - 28) * scale;
    }
  };
  const signed = () => {
    const z = next();
    return z % 2 ? -(z + 1) / 2 : z / 2;
  };
  const stored: number[][][] = [];
  const shapes: Shape[] = [];
  for (let c = 0; c < LOCATOR_CODES.length; c += 2) {
    const rings: number[][] = [];
    for (let head = 0; head % 2 === 0; ) {
      head = next();
      const walks: number[][][] = [];
      const fresh: boolean[] = [];
      for (let k = head >> 1; k > 0; k--) {
        const v = next();
        let walk: number[][] = [];
        if (v % 2) walk = v & 2 ? [...stored[stored.length - 1 - (v >> 2)]].reverse() : stored[stored.length - 1 - (v >> 2)];
        else for (let n = v / 2; n > 0; n--) walk.push([(x += signed()), (y += signed())]);
        if (v % 2 === 0) stored.push(walk);
        walks.push(walk);
        fresh.push(v % 2 === 0);
      }
      // A new arc's first point is the previous arc's last; its last, when it was left out,
      // is the first of the next arc.
      const ring: number[] = [];
      walks.forEach((walk, k) => {
        const n = walks.length;
        if (fresh[k] && k > 0) walk.unshift(walks[k - 1][walks[k - 1].length - 1]);
        if (fresh[k] && (k === n - 1 || !fresh[k + 1])) walk.push(walks[(k + 1) % n][0]);
        for (let j = k ? 1 : 0; j < walk.length; j++) ring.push(walk[j][0] * LOCATOR_STEP, walk[j][1] * LOCATOR_STEP);
      });
      rings.push(ring);
    }
    const code = LOCATOR_CODES.slice(c, c + 2);
    shapes.push({ key: code === '--' ? `#${c / 2}` : code, code: code === '--' ? null : code, rings, boxes: rings.map(boxOf) });
  }
  return shapes;
}

function boxOf(ring: readonly number[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let j = 0; j < ring.length; j += 2) {
    box[0] = Math.min(box[0], ring[j]);
    box[1] = Math.min(box[1], ring[j + 1]);
    box[2] = Math.max(box[2], ring[j]);
    box[3] = Math.max(box[3], ring[j + 1]);
  }
  return box;
}

/**
 * A locator for `partners` in a `width` x `height` box, or null when nothing about them can
 * be placed (no known country, no coordinates). The view holds the partners' countries and
 * cities with some land around them, at least MIN_SPAN units wide.
 */
export function locatorMap(partners: readonly Partner[], width = 160, height = 110): Locator | null {
  const shapes = (world ??= decode());
  const codes = new Set(partners.map((p) => p.country));
  const located = partners.filter((p) => p.lat != null && p.lon != null && p.precision !== 'country');
  const regions = located.map((p) => p.precision === 'region');
  const places = located.map((p) => equalEarthCanonical([p.lon!, p.lat!]));
  const drawn = places.filter((xy): xy is [number, number] => !!xy);
  const boxes = [...shapes.filter((s) => s.code && codes.has(s.code)).map((s) => s.boxes[0]), ...drawn.map(([x, y]) => [x - CONTEXT, y - CONTEXT, x + CONTEXT, y + CONTEXT])];
  if (boxes.length === 0) return null;
  const [x0, y0, x1, y1] = [0, 1, 2, 3].map((j) => (j < 2 ? Math.min : Math.max)(...boxes.map((b) => b[j])));
  const k = Math.min((width - 2 * PADDING) / Math.max(x1 - x0, MIN_SPAN), (height - 2 * PADDING) / (y1 - y0));
  const tx = width / 2 - ((x0 + x1) / 2) * k;
  const ty = height / 2 - ((y0 + y1) / 2) * k;
  const inView = ([a, b, c, d]: readonly number[]) => a * k + tx < width && c * k + tx > 0 && b * k + ty < height && d * k + ty > 0;
  return {
    width,
    height,
    countries: shapes
      .map((s) => ({ s, rings: s.rings.filter((_, j) => inView(s.boxes[j])) }))
      .filter(({ rings }) => rings.length)
      .map(({ s, rings }) => ({
        key: s.key,
        highlighted: !!s.code && codes.has(s.code),
        d: rings.map((ring) => ring.map((v, j) => (j % 2 ? ',' : j ? 'L' : 'M') + round(j % 2 ? v * k + ty : v * k + tx)).join('') + 'Z').join(''),
      })),
    points: places.flatMap((xy, i) => (xy ? [{ x: round(xy[0] * k + tx), y: round(xy[1] * k + ty), ...(regions[i] ? { region: true as const } : {}) }] : [])),
  };
}
