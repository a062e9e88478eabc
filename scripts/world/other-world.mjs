// The world for the projections drawn at run time (natural-earth, mercator): a simplified,
// quantized TopoJSON that d3-geo projects in the browser, loaded only when asked for.
import { geoArea } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { filter } from 'topojson-simplify';
import { dropSmallPolygons } from './map-world.mjs';
import { area, projectedWeight, snappedRings } from './project.mjs';
import { simplifyCountries } from './simplify.mjs';

/**
 * Simplifies `topology` for every fit in `fits` at once: a point goes only when its
 * triangle is under `minWeight` square canonical units in all of them (Mercator magnifies
 * the north, Natural Earth does not), then quantizes to `quantization` steps a side.
 */
export function buildOtherWorld(topology, fits, { minWeight, minArea, tolerance, quantization }) {
  const weights = fits.map((fit) => projectedWeight(fit.project));
  const weight = (triangle) => Math.max(...weights.map((w) => w(triangle)));
  // Countries are measured (for the refinement and for dropping islands) in the first fit,
  // an equal-area-like one, where a square unit is the same land everywhere.
  const measure = (object) => area(snappedRings(fits[0].project, object, 0.5), 0.5);
  const simplified = simplifyCountries(topology, { weight, minWeight, measure, tolerance });
  const trimmed = filter(dropSmallPolygons(simplified.topology, measure, minArea), () => true);
  const quantized = quantize(trimmed, quantization);
  const geometries = quantized.objects.countries.geometries;
  const sphericalAreas = geometries.map((g) => (g.type ? geoArea(feature(quantized, g)) : 0));
  return { topology: quantized, sphericalAreas, refined: simplified.refined };
}
