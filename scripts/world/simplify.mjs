// Visvalingam simplification of a world topology, weighted in the coordinates the shapes
// will be drawn in, with a floor per country: a country whose shape the simplification
// spoils (area off by more than `tolerance`, turned inside out on the sphere, vanished) gets
// its own arcs simplified less, until it is right. Arcs are shared by neighbours, so a
// border is simplified once and both sides keep meeting exactly.
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify } from 'topojson-simplify';

/** The arc indices a Polygon or MultiPolygon geometry uses. */
export function arcsOf(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  return [...new Set(polygons.flat(2).map((i) => (i < 0 ? ~i : i)))];
}

/** The polygons of a geometry as arrays of rings of arc indices. */
export function polygonsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
}

/** A geometry made of `polygons` (null when there are none). */
export function withPolygons(geometry, polygons) {
  if (polygons.length === 0) return { ...geometry, type: null, arcs: undefined };
  return polygons.length === 1 ? { ...geometry, type: 'Polygon', arcs: polygons[0] } : { ...geometry, type: 'MultiPolygon', arcs: polygons };
}

/**
 * Simplifies `topology` (its `countries` object) so that points whose triangle `weight`
 * is under `minWeight` go, except where a country needs them. `measure(featureOrNull)`
 * returns a country's area in the same units as `reference`, the unsimplified areas by
 * geometry index. Returns a topology with absolute coordinates, and how many countries
 * needed a finer floor.
 */
export function simplifyCountries(topology, { weight, minWeight, measure, tolerance = 0.12, maxRounds = 12 }) {
  const pre = presimplify(topology, weight);
  const geometries = pre.objects.countries.geometries;
  const floors = new Float64Array(pre.arcs.length).fill(minWeight);
  const reference = geometries.map((g) => measure(feature(topology, g)));
  const cut = () => ({
    type: 'Topology',
    objects: pre.objects,
    arcs: pre.arcs.map((arc, i) => arc.filter((p) => p[2] >= floors[i]).map((p) => [p[0], p[1]])),
  });
  let simplified = cut();
  const refined = new Set();
  for (let round = 0; round < maxRounds; round++) {
    let changed = false;
    geometries.forEach((g, i) => {
      const f = feature(simplified, g);
      const area = measure(f);
      const sphere = geoArea(f);
      const ok = area > 0 && Math.abs(area - reference[i]) <= tolerance * reference[i] && sphere < 2 * Math.PI;
      if (ok) return;
      for (const a of arcsOf(g)) floors[a] /= 4;
      refined.add(i);
      changed = true;
    });
    if (!changed) break;
    simplified = cut();
  }
  return { topology: simplified, refined: refined.size };
}
