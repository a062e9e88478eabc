/**
 * The projections other than Equal Earth, projected in the browser by d3-geo from a
 * simplified TopoJSON. Loaded only through `loadProjection()`'s dynamic import, so a page
 * with the default map never downloads d3-geo, topojson-client or this world.
 */
import { geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FITS, WORLD_TOPOLOGY } from './generated/world-topology.js';
import type { MapProjection } from './map-projection.js';
import type { ProjectionName } from './projection-name.js';

type OtherName = Exclude<ProjectionName, 'equal-earth'>;

const cache = new Map<OtherName, MapProjection>();

/** The world in `name`, projected once and kept. */
export function projectedWorld(name: OtherName): MapProjection {
  let world = cache.get(name);
  if (!world) cache.set(name, (world = project(name)));
  return world;
}

function project(name: OtherName): MapProjection {
  const fit = FITS[name];
  const projection: GeoProjection = (name === 'mercator' ? geoMercator() : geoNaturalEarth1()).scale(fit.k).translate([fit.x, fit.y]);
  // Hundredths of a unit: a fifth of a pixel on a 1200 px map at zoom 4.
  const path = geoPath(projection).digits(2);
  const topology = JSON.parse(WORLD_TOPOLOGY) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  return {
    name,
    width: fit.width,
    height: fit.height,
    project(lonLat) {
      const xy = projection(lonLat as [number, number]);
      return xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) ? [xy[0], xy[1]] : null;
    },
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: countries.features.map((f) => ({ code: (f.id as string | undefined) ?? null, d: path(f) ?? '' })),
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
  };
}
