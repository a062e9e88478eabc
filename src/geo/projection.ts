/**
 * Map projections and how they are fitted to a box. Equal Earth is the default: an
 * equal-area projection, so no continent looks bigger than it is (Africa, where most
 * partners are, is not shrunk as Mercator shrinks it).
 */
import { geoEqualEarth, geoMercator, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { ProjectionName } from './projection-name.js';

// The names live in projection-name.ts, which the d3-free map-projection.ts shares.
export { PROJECTIONS, projectionName, type ProjectionName } from './projection-name.js';

function createProjection(name: ProjectionName): GeoProjection {
  switch (name) {
    case 'mercator':
      return geoMercator();
    case 'natural-earth':
      return geoNaturalEarth1();
    default:
      return geoEqualEarth();
  }
}

/**
 * A projection fitted into a `width` x `height` box with `padding` pixels around `object`
 * (usually the world's land without Antarctica). Returns null for an empty box, which a
 * hidden or not yet laid out element has.
 */
export function fitProjection(
  name: ProjectionName,
  width: number,
  height: number,
  object: GeoPermissibleObjects,
  padding = 8,
): GeoProjection | null {
  if (!(width > 2 * padding && height > 2 * padding)) return null;
  return createProjection(name).fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    object,
  );
}
