// Projections fitted to the canonical box (land but Antarctica, width 1000, top left at
// 0, 0), and GeoJSON projected point by point through them. The world is cut along the
// antimeridian beforehand (source.mjs), so no clipping is needed and none can move a point.
import { geoPath, geoProjection } from 'd3-geo';
import { ringArea, snap, snapRing } from './svg-path.mjs';

export const CANONICAL_WIDTH = 1000;

/**
 * `raw` (a d3 raw projection, radians in) fitted like d3's `fitWidth(1000, land)`:
 * `{ k, x, y, height, project }`, where project([lon, lat]) = [x + k·X, y − k·Y].
 */
export function fitCanonical(raw, land) {
  const projection = geoProjection(raw).fitWidth(CANONICAL_WIDTH, land);
  const [[, ], [, height]] = geoPath(projection).bounds(land);
  const k = projection.scale();
  const [x, y] = projection.translate();
  const r = Math.PI / 180;
  const project = ([lon, lat]) => {
    const [px, py] = raw(lon * r, lat * r);
    return [x + k * px, y - k * py];
  };
  return { k, x, y, height, project, projection };
}

/** The rings of a Polygon or MultiPolygon geometry, projected. */
export function projectRings(project, geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.flat(1).map((ring) => ring.map(project));
}

/** The lines of a LineString or MultiLineString geometry, projected. */
export function projectLines(project, geometry) {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return lines.map((line) => line.map(project));
}

/** A feature's or geometry's rings, projected and snapped to a grid of `step`; degenerate ones dropped. */
export function snappedRings(project, object, step) {
  return projectRings(project, object.geometry ?? object)
    .map((ring) => snapRing(ring, step))
    .filter((ring) => ring && ringArea(ring) !== 0);
}

/** Open lines, projected and snapped; lines that shrink to a point dropped. */
export function snappedLines(project, geometry, step) {
  return projectLines(project, geometry)
    .map((line) => snap(line, step))
    .filter((line) => line.length >= 2);
}

/** The drawn area of snapped rings, in square canonical units (holes count negative). */
export function area(rings, step) {
  return rings.reduce((sum, ring) => sum + ringArea(ring), 0) * step * step;
}

/** Planar area of a projected triangle: the weight Visvalingam's algorithm removes points by. */
export function projectedWeight(project) {
  return (triangle) => {
    const [a, b, c] = triangle.map(project);
    return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  };
}
