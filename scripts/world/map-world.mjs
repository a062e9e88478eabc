// The default map's world, projected ahead: Equal Earth in the canonical box, each country
// as SVG path data, the borders between countries as one path, the sphere's outline.
import { geoArea } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify } from 'topojson-simplify';
import { area, projectedWeight, snappedLines, snappedRings } from './project.mjs';
import { polygonsOf, simplifyCountries, withPolygons } from './simplify.mjs';
import { pathData, snap } from './svg-path.mjs';

/**
 * Drops the polygons (islands) of each country whose drawn area is under `minArea` square
 * canonical units, but never a country's largest: a small country stays drawn.
 */
export function dropSmallPolygons(topology, measure, minArea) {
  const geometries = topology.objects.countries.geometries.map((g) => {
    const polygons = polygonsOf(g);
    const areas = polygons.map((arcs) => measure(feature(topology, { type: 'Polygon', arcs })));
    const largest = Math.max(...areas);
    return withPolygons(
      g,
      polygons.filter((_, i) => areas[i] === largest || areas[i] >= minArea),
    );
  });
  return { ...topology, objects: { countries: { type: 'GeometryCollection', geometries } } };
}

/**
 * The sphere's outline: the antimeridian on both sides, pole to pole, sampled every half
 * degree and simplified (Visvalingam, weight `minWeight`) before snapping to `step`.
 */
function sphereOutline(project, step, minWeight) {
  const east = [];
  for (let lat = 90; lat >= -90; lat -= 0.5) east.push([180, lat]);
  const line = [...east, ...east.map(([, lat]) => [-180, -lat]), east[0]];
  const pre = presimplify({ type: 'Topology', objects: {}, arcs: [line] }, projectedWeight(project));
  const kept = pre.arcs[0].filter((p) => p[2] >= minWeight).map(project);
  return pathData([snap(kept, step).slice(0, -1)], step, true);
}

/**
 * Builds the world under `fit` (from fitCanonical). Options: `minWeight`, the Visvalingam
 * area (square canonical units) under which points go; `step`, the grid paths are snapped
 * to; `minArea`, the smallest island kept; `tolerance`, the area error a country may have.
 */
export function buildMapWorld(topology, fit, { minWeight, step, minArea, tolerance }) {
  const { project } = fit;
  const measure = (object) => area(snappedRings(project, object, step), step);
  const simplified = simplifyCountries(topology, { weight: projectedWeight(project), minWeight, measure, tolerance });
  const world = dropSmallPolygons(simplified.topology, measure, minArea);
  const countries = world.objects.countries.geometries.map((g) => {
    const f = feature(world, g);
    return { code: g.id ?? null, d: pathData(snappedRings(project, f, step), step, true), sphericalArea: geoArea(f) };
  });
  const borders = pathData(snappedLines(project, mesh(world, world.objects.countries, (a, b) => a !== b), step), step, false);
  const sphere = sphereOutline(project, 0.1, 10);
  return { countries, borders, sphere, refined: simplified.refined, points: world.arcs.reduce((s, a) => s + a.length, 0) };
}
