// The locator world's encoding: one string of base-32 digits, written while the countries'
// rings are walked, so that each border is stored once. Numbers are varints: a digit from
// `MORE` carries 5 bits and another digit follows, one from `LAST` ends the number (low bits
// first). Coordinates are zigzagged deltas from the last point written (0, -1, 1, -2 ... as
// 0, 1, 2, 3 ...). The reader is src/geo/locator.ts; `decodeLocatorWorld` here is the same
// algorithm, for the build's round-trip check.
//
// Per ring: 2·a + (1 if it is its country's last ring), a being its number of arcs; then per
// arc either
//   2·n, points    a new arc, walked forwards: n points written. Its first point is where
//                  the pen is and is not written, except in a ring's first arc; its last is
//                  not written when it is known: the start of the next arc in the ring when
//                  that one is a reference, or the ring's start for the ring's last arc;
//   4·d + 1        the arc stored d arcs before the newest one, walked forwards;
//   4·d + 3        the same, walked backwards.

export const MORE = 'ghijklmnopqrstuvwxyz0123456789_$';
export const LAST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';

/** A count or reference (>= 0) as digits. */
function count(z) {
  let s = '';
  while (z >= 32) {
    s += MORE[z & 31];
    z = Math.floor(z / 32);
  }
  return s + LAST[z];
}

/** A signed delta, zigzagged. */
const delta = (n) => count(n < 0 ? -2 * n - 1 : 2 * n);

/**
 * Encodes `countries` ({ rings: rings of arc indices, ~i for arc i backwards }) over `arcs`
 * (point lists in grid units, at least two points each).
 */
export function encodeLocatorWorld(countries, arcs) {
  const stored = new Map(); // arc index -> [storage order, stored forwards?]
  let out = '';
  let pen = [0, 0];
  const point = (p) => {
    out += delta(p[0] - pen[0]) + delta(p[1] - pen[1]);
    pen = p;
  };
  for (const country of countries) {
    country.rings.forEach((ring, r) => {
      out += count(2 * ring.length + (r === country.rings.length - 1 ? 1 : 0));
      // Which arcs of the ring will be references: the reader knows their ends.
      const indices = ring.map((ref) => (ref < 0 ? ~ref : ref));
      const isReference = indices.map((index, k) => stored.has(index) || indices.indexOf(index) < k);
      ring.forEach((ref, k) => {
        const index = ref < 0 ? ~ref : ref;
        const walk = ref < 0 ? [...arcs[index]].reverse() : arcs[index];
        const known = stored.get(index);
        if (known) {
          const [at, forwards] = known;
          out += count(4 * (stored.size - 1 - at) + (forwards === ref >= 0 ? 1 : 3));
          return;
        }
        stored.set(index, [stored.size, ref >= 0]);
        const endKnown = k === ring.length - 1 || isReference[k + 1];
        const written = walk.slice(k === 0 ? 0 : 1, endKnown ? -1 : undefined);
        out += count(2 * written.length);
        written.forEach(point);
      });
    });
  }
  return out;
}

/** The reader's algorithm: per country, its rings as lists of grid points. */
export function decodeLocatorWorld(text, count) {
  let i = 0;
  const get = () => {
    let z = 0;
    for (let scale = 1; ; scale *= 32) {
      const last = LAST.indexOf(text[i]);
      z += (last >= 0 ? last : MORE.indexOf(text[i])) * scale;
      i++;
      if (last >= 0) return z;
    }
  };
  const signed = () => {
    const z = get();
    return z % 2 ? -(z + 1) / 2 : z / 2;
  };
  const stored = [];
  let x = 0;
  let y = 0;
  const countries = [];
  for (let c = 0; c < count; c++) {
    const rings = [];
    let more = true;
    while (more) {
      const head = get();
      more = head % 2 === 0;
      const walks = [];
      for (let k = 0, a = head >> 1; k < a; k++) {
        const ref = get();
        if (ref % 2 === 0) {
          const walk = [];
          for (let n = ref / 2; n > 0; n--) walk.push([(x += signed()), (y += signed())]);
          walk.isNew = true;
          stored.push(walk);
          walks.push(walk);
        } else {
          const walk = stored[stored.length - 1 - (ref >> 2)];
          walks.push(ref % 4 === 1 ? walk : [...walk].reverse());
        }
      }
      // New arcs get the points that were left out: their start (the previous arc's end)
      // and, when known, their end (the next arc's start).
      walks.forEach((walk, k) => {
        if (!walk.isNew) return;
        if (k > 0) walk.unshift(walks[k - 1][walks[k - 1].length - 1]);
      });
      walks.forEach((walk, k) => {
        const next = walks[(k + 1) % walks.length];
        if (walk.isNew && (k === walks.length - 1 || !next.isNew)) walk.push(next[0]);
      });
      rings.push(walks.flatMap((walk, k) => (k ? walk.slice(1) : walk)));
    }
    countries.push(rings);
  }
  return countries;
}
