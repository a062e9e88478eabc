/**
 * The world as SVG path strings for one projection: computed once when the projection
 * changes (size, projection attribute), not on every render, since projecting 177
 * countries costs more than a frame.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { getWorld } from '../../geo/world.js';

export interface WorldPaths {
  sphere: string;
  countries: { key: string; code: string | null; d: string }[];
  borders: string;
}

export function projectWorld(projection: GeoProjection): WorldPaths {
  const world = getWorld();
  const path = geoPath(projection);
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: world.countries.map((c, i) => ({ key: c.id ?? `#${i}`, code: c.id ?? null, d: path(c) ?? '' })),
    borders: path(world.borders) ?? '',
  };
}
