// The card locator's world: Equal Earth in canonical units like the map's, but far coarser
// (a locator is 160 px wide and shows a region), on a grid of `step` units, each border
// stored once (locator-codec.mjs) and the countries in Hilbert-curve order of their centres,
// so that neighbours, which share borders, sit close in the string.
import { area, projectedWeight, snappedRings } from './project.mjs';
import { dropSmallPolygons } from './map-world.mjs';
import { polygonsOf, simplifyCountries } from './simplify.mjs';
import { decodeLocatorWorld, encodeLocatorWorld } from './locator-codec.mjs';
import { ringArea } from './svg-path.mjs';

/** Distance along a Hilbert curve filling a `size` x `size` grid. */
function hilbert(x, y, size = 1024) {
  let d = 0;
  for (let s = size / 2; s >= 1; s /= 2) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = s - 1 - x;
        y = s - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return d;
}

/**
 * Arcs as grid points (repeated points dropped, at least two points each). `nudges` moves
 * some source points by whole cells, keyed by their coordinates, so a point shared by
 * several arcs moves in all of them.
 */
function snapArcs(arcs, project, step, nudges) {
  return arcs.map((arc) => {
    const out = [];
    for (const p of arc) {
      const [x, y] = project(p);
      const [dx, dy] = nudges.get(`${p[0]},${p[1]}`) ?? [0, 0];
      const g = [Math.round(x / step) + dx, Math.round(y / step) + dy];
      const last = out[out.length - 1];
      if (!last || last[0] !== g[0] || last[1] !== g[1]) out.push(g);
    }
    if (out.length === 1) out.push(out[0]);
    return out;
  });
}

/** A ring of arc references, walked, as grid points. */
function walkRing(ring, arcs) {
  const points = [];
  for (const ref of ring) {
    const walk = ref < 0 ? [...arcs[~ref]].reverse() : arcs[ref];
    points.push(...(points.length ? walk.slice(1) : walk));
  }
  return points;
}

/**
 * Snaps the arcs; a country smaller than a cell or two (Luxembourg at 2 units) would fold
 * flat, so its points are pushed one cell away from its centre, and its neighbours give up
 * that sliver along the shared border.
 */
function snapWithoutCollapse(world, project, step) {
  const nudges = new Map();
  for (let round = 0; round < 4; round++) {
    const arcs = snapArcs(world.arcs, project, step, nudges);
    const flat = world.objects.countries.geometries.filter((g) => g.id && polygonsOf(g).flat(1).reduce((s, ring) => s + ringArea(walkRing(ring, arcs)), 0) <= 0);
    if (flat.length === 0) return arcs;
    for (const g of flat) {
      const points = polygonsOf(g).flat(2).flatMap((ref) => world.arcs[ref < 0 ? ~ref : ref]);
      const projected = points.map(project);
      const cx = projected.reduce((s, p) => s + p[0], 0) / points.length;
      const cy = projected.reduce((s, p) => s + p[1], 0) / points.length;
      points.forEach((p, i) => {
        const [x, y] = projected[i];
        const key = `${p[0]},${p[1]}`;
        const [dx, dy] = nudges.get(key) ?? [0, 0];
        nudges.set(key, Math.abs(x - cx) > Math.abs(y - cy) ? [dx + Math.sign(x - cx), dy] : [dx, dy + Math.sign(y - cy)]);
      });
    }
  }
  return snapArcs(world.arcs, project, step, nudges);
}

/**
 * Builds the locator world under `fit`: `{ codes, text, step, countries }`, where
 * `countries` are the decoded rings (grid units) in the order of `codes`, for checks.
 */
export function buildLocatorWorld(topology, fit, { minWeight, step, minArea, tolerance }) {
  const { project } = fit;
  const measure = (object) => area(snappedRings(project, object, step), step);
  const simplified = simplifyCountries(topology, { weight: projectedWeight(project), minWeight, measure, tolerance });
  const world = dropSmallPolygons(simplified.topology, measure, minArea);
  const arcs = snapWithoutCollapse(world, project, step);
  const countries = world.objects.countries.geometries.map((g) => {
    // Largest ring first: the reader fits a view to a country's first ring (mainland
    // France, not French Guiana; Russia, not the tip of Chukotka beyond the antimeridian).
    const rings = polygonsOf(g)
      .flat(1)
      .map((ring) => ({ ring, area: ringArea(walkRing(ring, arcs)) }))
      .sort((a, b) => b.area - a.area)
      .map((r) => r.ring);
    const points = rings.flatMap((ring) => ring.flatMap((ref) => arcs[ref < 0 ? ~ref : ref]));
    const cx = points.reduce((s, p) => s + p[0], 0) / points.length;
    const cy = points.reduce((s, p) => s + p[1], 0) / points.length;
    return { code: g.id ?? null, rings, order: hilbert(Math.round((cx * step) / 2), Math.round((cy * step) / 2)) };
  });
  countries.sort((a, b) => a.order - b.order || (a.code ?? '').localeCompare(b.code ?? ''));
  const text = encodeLocatorWorld(countries, arcs);
  const decoded = decodeLocatorWorld(text, countries.length);
  // The round trip: each decoded ring is its arcs walked end to end.
  countries.forEach((country, c) =>
    country.rings.forEach((ring, r) => {
      const expected = walkRing(ring, arcs);
      if (JSON.stringify(expected) !== JSON.stringify(decoded[c][r])) throw new Error(`build-world: the locator world does not decode back (${country.code}, ring ${r})`);
    }),
  );
  return {
    step,
    codes: countries.map((c) => c.code ?? '--').join(''),
    text,
    countries: countries.map((c, i) => ({ code: c.code, area: decoded[i].reduce((s, ring) => s + ringArea(ring), 0) * step * step })),
    refined: simplified.refined,
  };
}
