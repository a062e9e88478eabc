/**
 * The projections as d3-geo fits them, for tests: what the generated worlds and the d3-free
 * projection (src/geo/map-projection.ts) are compared with.
 */
import { geoEqualEarth, geoMercator, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { ProjectionName } from '../../src/geo/projection-name.js';

export { PROJECTIONS, projectionName, type ProjectionName } from '../../src/geo/projection-name.js';

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
