/**
 * The world the map draws, in one projection, in canonical coordinates: a box 1000 wide
 * that holds the land but Antarctica from (0, 0) (the sphere reaches beyond it). The map
 * draws it under one `translate(x y) scale(k)` from `fitToBox`, so a resize never projects
 * anything again. Equal Earth, the default, is projected ahead at build time and needs no
 * d3; the others are projected by d3-geo in a module loaded on demand.
 */
import { equalEarthCanonical } from './equal-earth.js';
import { EQUAL_EARTH_FIT } from './generated/equal-earth-fit.js';
import { BORDERS, COUNTRIES, SPHERE } from './generated/world-equal-earth.js';
import type { ProjectionName } from './projection-name.js';

export { PROJECTIONS, projectionName, type ProjectionName } from './projection-name.js';

/** A projected world and the projection that made it. */
export interface MapProjection {
  name: ProjectionName;
  /** The canonical box: width 1000, height as the projection's land needs. */
  width: number;
  height: number;
  /** A [longitude, latitude] position in canonical coordinates, or null where the projection has none. */
  project(lonLat: readonly [number, number]): [number, number] | null;
  /** The outline of the globe, as SVG path data in canonical coordinates. */
  sphere: string;
  /** Every country with its ISO alpha-2 code (null for the few without one), as path data. */
  countries: readonly { code: string | null; d: string }[];
  /** The borders between countries, one path (coasts are not in it). */
  borders: string;
}

/** The default projection, synchronous: its paths are generated (src/geo/generated/). */
export const equalEarth: MapProjection = {
  name: 'equal-earth',
  width: EQUAL_EARTH_FIT.width,
  height: EQUAL_EARTH_FIT.height,
  project: equalEarthCanonical,
  sphere: SPHERE,
  countries: COUNTRIES,
  borders: BORDERS,
};

/** A projection by name: Equal Earth at once, the others after loading d3-geo and their world. */
export async function loadProjection(name: ProjectionName): Promise<MapProjection> {
  if (name === 'equal-earth') return equalEarth;
  const { projectedWorld } = await import('./other-projections.js');
  return projectedWorld(name);
}

/** How canonical coordinates map into a box: box = canonical × k + (x, y). */
export interface BoxTransform {
  k: number;
  x: number;
  y: number;
}

/**
 * The transform that puts the canonical box of `p` in a `boxWidth` x `boxHeight` box with
 * `padding` around it, centred, as d3's `fitExtent` fits the land. `k` is 0 when the box
 * has no room (a hidden element), so that callers can tell there is nothing to draw.
 */
export function fitToBox(p: { width: number; height: number }, boxWidth: number, boxHeight: number, padding = 8): BoxTransform {
  const k = Math.min((boxWidth - 2 * padding) / p.width, (boxHeight - 2 * padding) / p.height);
  if (!(k > 0)) return { k: 0, x: 0, y: 0 };
  return { k, x: (boxWidth - k * p.width) / 2, y: (boxHeight - k * p.height) / 2 };
}
