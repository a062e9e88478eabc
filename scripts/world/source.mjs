// The world every generated module starts from: Natural Earth 1:110m countries from
// world-atlas, each tagged with its ISO 3166-1 alpha-2 code, cut along the antimeridian
// and rebuilt as a topology of shared arcs with plain [longitude, latitude] coordinates.
//
// Why 1:110m and not 1:50m: simplified to the same bytes (about 11 KiB gzip projected),
// 1:50m has the smoother coasts but loses its small countries (Gambia turns into a spike,
// some twenty territories vanish below a pixel), while 1:110m keeps all 177 countries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEquirectangular } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';

const require = createRequire(import.meta.url);
const iso = require('iso-3166-1');

// Natural Earth shapes without a numeric ISO code: Kosovo has the user-assigned "XK" that
// Intl knows; the others are left without a code (drawn, never highlighted as a partner).
const UNCODED = { Kosovo: 'XK' };

/** world-atlas's countries-110m, parsed. */
export function readSource() {
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
}

/** The source's country geometries with `id` set to their alpha-2 code (or none). */
export function taggedGeometries(source) {
  return source.objects.countries.geometries.map(({ type, arcs, id, properties }) => {
    const code = (id && iso.whereNumeric(id)?.alpha2) ?? UNCODED[properties.name] ?? null;
    return code ? { type, arcs, id: code } : { type, arcs };
  });
}

/**
 * Cuts a polygon geometry along the antimeridian with d3's own clipping, in longitude and
 * latitude (an identity equirectangular projection, no resampling). world-atlas's quantized
 * rings for Fiji, Chukotka and Antarctica jump from 180° to -180°: projected point by point
 * they would cross the whole map.
 */
function cutAtAntimeridian(geometry) {
  const identity = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).reflectY(true).precision(0);
  const rings = [];
  let ring = null;
  const clamp = (v, limit) => Math.max(-limit, Math.min(limit, v));
  const stream = identity.stream({
    polygonStart() {},
    polygonEnd() {},
    lineStart() {
      ring = [];
    },
    point(x, y) {
      const p = [clamp(x, 180), clamp(y, 90)];
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    },
    lineEnd() {
      const [first] = ring;
      const last = ring[ring.length - 1];
      if (first && (first[0] !== last[0] || first[1] !== last[1])) ring.push(first);
      rings.push(ring);
      ring = null;
    },
    sphere() {},
  });
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out = [];
  for (const polygon of polygons) {
    rings.length = 0;
    stream.polygonStart();
    for (const r of polygon) {
      stream.lineStart();
      for (const p of r.slice(0, -1)) stream.point(p[0], p[1]);
      stream.lineEnd();
    }
    stream.polygonEnd();
    out.push(...groupRings(rings.filter((r) => r.length >= 4)));
  }
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
}

/** Signed planar area in degrees² (negative for d3's exterior rings: clockwise, y up). */
const planarArea = (ring) => ring.reduce((s, p, i) => (i ? s + ring[i - 1][0] * p[1] - p[0] * ring[i - 1][1] : s), 0) / 2;

function contains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Clipping hands back loose rings: exteriors (clockwise) each with the holes inside them. */
function groupRings(rings) {
  const exteriors = rings.filter((r) => planarArea(r) < 0).map((r) => [r]);
  for (const hole of rings.filter((r) => planarArea(r) > 0)) {
    const home = exteriors.find(([exterior]) => contains(exterior, hole[0])) ?? exteriors[0];
    home.push(hole);
  }
  return exteriors;
}

/**
 * The world to simplify: `topology` (object `countries`, each geometry with `id` = code),
 * and `land`, the unsimplified countries but Antarctica, which every projection is fitted to.
 */
export function loadWorld() {
  const source = readSource();
  const tagged = { ...source, objects: { countries: { type: 'GeometryCollection', geometries: taggedGeometries(source) } } };
  const features = feature(tagged, tagged.objects.countries).features;
  const land = { type: 'FeatureCollection', features: features.filter((f) => f.id !== 'AQ') };
  const cut = features.map((f) => ({ type: 'Feature', id: f.id, properties: null, geometry: cutAtAntimeridian(f.geometry) }));
  const world = topology({ countries: { type: 'FeatureCollection', features: cut } });
  for (const g of world.objects.countries.geometries) if (g.id == null) delete g.id;
  return { source, topology: world, land, features };
}
