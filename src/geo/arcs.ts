/**
 * Great-circle arcs between a home institution and its partners: the shortest path on
 * the globe, so a Paris-Hanoi arc bends north over Asia as a flight does, instead of a
 * straight chord that means nothing on a curved projection.
 */
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { LineString } from 'geojson';

/** A position as [longitude, latitude] in degrees. */
export type LonLat = [number, number];

/**
 * The great circle from `from` to `to` as a LineString with about one vertex every
 * `stepDegrees` of arc (at least 2), ready for `geoPath`, which clips it at the
 * antimeridian. Identical points give a two-point line of zero length.
 */
export function greatCircleArc(from: LonLat, to: LonLat, stepDegrees = 2): LineString {
  const degrees = (geoDistance(from, to) * 180) / Math.PI;
  const segments = Math.max(1, Math.ceil(degrees / stepDegrees));
  const at = geoInterpolate(from, to);
  const coordinates: LonLat[] = [from];
  for (let i = 1; i < segments; i++) coordinates.push(at(i / segments) as LonLat);
  coordinates.push(to); // the ends exactly, not interpolated approximations of them
  return { type: 'LineString', coordinates };
}
