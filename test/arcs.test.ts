import { expect } from '@open-wc/testing';
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { arcPath, greatCircleArc, type LonLat } from '../src/geo/arcs.js';
import { equalEarth, loadProjection } from '../src/geo/map-projection.js';
import { getWorld } from './helpers/world.js';
import { parsePath } from './helpers/svg-path.js';

const places: Record<string, LonLat> = {
  paris: [2.35, 48.85],
  angers: [-0.55, 47.47],
  lyon: [4.83, 45.76],
  hanoi: [105.85, 21.03],
  lome: [1.22, 6.13],
  bamako: [-8.0, 12.64],
  montreal: [-73.57, 45.5],
  noumea: [166.45, -22.27],
  losAngeles: [-118.24, 34.05],
  tokyo: [139.69, 35.68],
  auckland: [174.76, -36.85],
  santiago: [-70.67, -33.45],
};

/** Subpath by subpath, point by point, within `tolerance` canonical units. */
function expectSamePath(actual: string, expected: string, tolerance: number, label: string) {
  const a = parsePath(actual);
  const e = parsePath(expected);
  expect(a.map((part) => part.length), `${label}: subpaths`).to.deep.equal(e.map((part) => part.length));
  a.forEach((part, i) =>
    part.forEach(([x, y], j) => {
      expect(x, `${label} [${i}][${j}].x`).to.be.closeTo(e[i][j][0], tolerance);
      expect(y, `${label} [${i}][${j}].y`).to.be.closeTo(e[i][j][1], tolerance);
    }),
  );
}

const d3Fitted = (p: GeoProjection) => p.fitWidth(1000, getWorld().landWithoutAntarctica);

describe('great-circle arcs without d3', () => {
  const d3Path = geoPath(d3Fitted(geoEqualEarth()));

  it('draws the path d3 draws for arcs that stay on one side of the antimeridian', () => {
    for (const [from, to] of [
      ['paris', 'hanoi'],
      ['angers', 'lome'],
      ['lyon', 'montreal'],
      ['paris', 'bamako'],
      // Nearly antipodal, so it bends far: over Asia, and not across the Pacific.
      ['paris', 'noumea'],
    ]) {
      const d = arcPath(places[from], places[to], equalEarth);
      expect(parsePath(d), `${from}-${to}`).to.have.length(1);
      expectSamePath(d, d3Path(greatCircleArc(places[from], places[to]))!, 0.006, `${from}-${to}`);
    }
  });

  it('cuts arcs at the antimeridian where d3 cuts them, with no line across the map', () => {
    for (const [from, to] of [
      ['losAngeles', 'tokyo'],
      ['tokyo', 'losAngeles'],
      ['auckland', 'santiago'],
    ]) {
      const d = arcPath(places[from], places[to], equalEarth);
      const parts = parsePath(d);
      expect(parts, `${from}-${to}`).to.have.length(2);
      for (const part of parts) for (let i = 1; i < part.length; i++) expect(Math.abs(part[i][0] - part[i - 1][0]), `${from}-${to}: a jump`).to.be.below(20);
      // Each piece ends on the edge of the world at the same latitude.
      const end = parts[0][parts[0].length - 1];
      const start = parts[1][0];
      expect(end[1]).to.be.closeTo(start[1], 0.01);
      expect(Math.abs(end[0] - 500 - (500 - start[0]))).to.be.below(0.02);
      expectSamePath(d, d3Path(greatCircleArc(places[from], places[to]))!, 0.006, `${from}-${to}`);
    }
  });

  it('projects with any projection, the on-demand ones too', async () => {
    const mercator = await loadProjection('mercator');
    const d = arcPath(places.losAngeles, places.tokyo, mercator);
    expectSamePath(d, geoPath(d3Fitted(geoMercator()))(greatCircleArc(places.losAngeles, places.tokyo))!, 0.006, 'mercator');
    expect(arcPath(places.paris, places.paris, equalEarth)).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(arcPath(places.paris, places.hanoi, { project: () => null })).to.equal('');
  });

  it('puts a vertex about every 2° and the ends exactly', () => {
    const arc = greatCircleArc(places.paris, places.tokyo, 2).coordinates;
    expect(arc[0]).to.equal(places.paris);
    expect(arc[arc.length - 1]).to.equal(places.tokyo);
    expect(greatCircleArc(places.paris, places.tokyo, 1).coordinates.length).to.be.closeTo(2 * arc.length, 2);
  });
});
