/**
 * Great-circle arcs between a home institution and its partners: the shortest path on
 * the globe, so a Paris-Hanoi arc bends north over Asia as a flight does, instead of a
 * straight chord that means nothing on a curved projection. No d3: slerp on unit vectors,
 * and the antimeridian cut as d3's clipping cuts it.
 */
import type { LineString } from 'geojson';
import { roundTo } from '../format/numbers.js';
import type { MapProjection } from './map-projection.js';

/** A position as [longitude, latitude] in degrees. */
export type LonLat = [number, number];

const RADIANS = Math.PI / 180;

function toVector([lon, lat]: readonly [number, number]): [number, number, number] {
  const lambda = lon * RADIANS;
  const phi = lat * RADIANS;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

/** The angle between two places, in radians (haversine, exact for close points). */
export function angularDistance(a: readonly [number, number], b: readonly [number, number]): number {
  const h = (x: number) => Math.sin(x / 2) ** 2;
  const phi0 = a[1] * RADIANS;
  const phi1 = b[1] * RADIANS;
  return 2 * Math.asin(Math.sqrt(h(phi1 - phi0) + Math.cos(phi0) * Math.cos(phi1) * h((b[0] - a[0]) * RADIANS)));
}

/**
 * The great circle from `from` to `to` as a LineString with about one vertex every
 * `stepDegrees` of arc (at least 2). Identical points give a two-point line of zero length.
 */
export function greatCircleArc(from: LonLat, to: LonLat, stepDegrees = 2): LineString {
  const d = angularDistance(from, to);
  const segments = Math.max(1, Math.ceil(d / RADIANS / stepDegrees));
  const coordinates: LonLat[] = [from];
  const s = Math.sin(d);
  // Antipodes have no single great circle: their line stays a chord.
  if (s > 1e-12) {
    const a = toVector(from);
    const b = toVector(to);
    for (let i = 1; i < segments; i++) {
      const wa = Math.sin((1 - i / segments) * d) / s;
      const wb = Math.sin((i / segments) * d) / s;
      const [x, y, z] = [wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]];
      coordinates.push([Math.atan2(y, x) / RADIANS, Math.atan2(z, Math.hypot(x, y)) / RADIANS]);
    }
  }
  coordinates.push(to); // the ends exactly, not interpolated approximations of them
  return { type: 'LineString', coordinates };
}

/**
 * Latitude (radians) where the great circle through two points crosses the antimeridian:
 * d3's clipAntimeridianIntersect, so a cut arc ends where d3 would end it.
 */
function antimeridianLatitude(lambda0: number, phi0: number, lambda1: number, phi1: number): number {
  const sinDelta = Math.sin(lambda0 - lambda1);
  if (Math.abs(sinDelta) <= 1e-6) return (phi0 + phi1) / 2;
  const cosPhi0 = Math.cos(phi0);
  const cosPhi1 = Math.cos(phi1);
  return Math.atan((Math.sin(phi0) * cosPhi1 * Math.sin(lambda1) - Math.sin(phi1) * cosPhi0 * Math.sin(lambda0)) / (cosPhi0 * cosPhi1 * sinDelta));
}

/**
 * The great-circle arc from `from` to `to` as SVG path data in `projection`'s canonical
 * coordinates (hundredths of a unit), cut where it crosses the antimeridian: the part beyond
 * starts again at the other edge of the map, as d3's geoPath draws it. Empty when no point
 * of it can be projected.
 */
export function arcPath(from: LonLat, to: LonLat, projection: Pick<MapProjection, 'project'>, stepDegrees = 2): string {
  const points = greatCircleArc(from, to, stepDegrees).coordinates as LonLat[];
  let d = '';
  let drawing = false;
  const add = (p: LonLat) => {
    const xy = projection.project(p);
    if (!xy) return void (drawing = false);
    d += `${drawing ? 'L' : 'M'}${roundTo(xy[0], 2)},${roundTo(xy[1], 2)}`;
    drawing = true;
  };
  points.forEach((p, i) => {
    const q = points[i - 1];
    if (q && Math.abs(p[0] - q[0]) > 180) {
      const side = q[0] < 0 ? -180 : 180;
      const lat = antimeridianLatitude(q[0] * RADIANS, q[1] * RADIANS, p[0] * RADIANS, p[1] * RADIANS) / RADIANS;
      add([side, lat]);
      drawing = false;
      add([-side, lat]);
    }
    add(p);
  });
  return d;
}
