import { expect } from '@open-wc/testing';
import { geoDistance } from 'd3-geo';
import { greatCircleArc, type LonLat } from '../src/geo/arcs.js';
import { clusterAtZoom, clusterPoints, fanOutOffsets } from '../src/geo/cluster.js';
import { equalEarth } from '../src/geo/map-projection.js';
import { fitProjection, projectionName } from './helpers/d3-projection.js';
import { getWorld } from './helpers/world.js';
import { normalizeDataset } from '../src/data/dataset.js';
import { layoutMap } from '../src/components/coop-map/map-layout.js';
import { transformToFit } from '../src/geo/zoom-transform.js';
import { smallDataset } from './fixtures/small-dataset.js';

describe('map geometry (pure)', () => {
  it('reads projection names, defaulting to Equal Earth', () => {
    expect(projectionName('mercator')).to.equal('mercator');
    expect(projectionName('natural-earth')).to.equal('natural-earth');
    expect(projectionName('robinson')).to.equal('equal-earth');
    expect(projectionName(null)).to.equal('equal-earth');
  });

  it('fits the world without Antarctica inside the box, and nothing into an empty box', () => {
    const world = getWorld();
    expect(world.countries.length).to.equal(177);
    expect(world.byCode.get('ML')).to.exist;
    expect(world.byCode.get('VN')).to.exist;
    for (const name of ['equal-earth', 'natural-earth', 'mercator'] as const) {
      const projection = fitProjection(name, 800, 450, world.landWithoutAntarctica, 10)!;
      const [x, y] = projection([2.35, 48.85])!; // Paris
      expect(x, name).to.be.within(10, 790);
      expect(y, name).to.be.within(10, 440);
      // The fitted land touches the padding on at least one axis.
      const [[x0, y0], [x1, y1]] = [projection([-170, 0])!, projection([170, 0])!];
      expect(Math.min(x0, x1), name).to.be.at.least(0);
      expect(Math.max(y0, y1), name).to.be.below(450);
    }
    expect(fitProjection('equal-earth', 0, 0, world.landWithoutAntarctica)).to.equal(null);
  });

  it('draws arcs on the great circle between two places', () => {
    const paris: LonLat = [2.35, 48.85];
    const hanoi: LonLat = [105.85, 21.03];
    const arc = greatCircleArc(paris, hanoi, 2);
    const coordinates = arc.coordinates as LonLat[];
    const total = geoDistance(paris, hanoi);
    expect(coordinates[0]).to.deep.equal(paris);
    expect(coordinates[coordinates.length - 1]).to.deep.equal(hanoi);
    expect(coordinates.length).to.equal(Math.ceil((total * 180) / Math.PI / 2) + 1);
    for (const p of coordinates) expect(geoDistance(paris, p) + geoDistance(p, hanoi)).to.be.closeTo(total, 1e-9);
    // A flight from Paris to Hanoi goes north of the straight line on the map.
    const middle = coordinates[Math.floor(coordinates.length / 2)];
    expect(middle[1]).to.be.above((paris[1] + hanoi[1]) / 2);
    expect(greatCircleArc(paris, paris).coordinates).to.have.length(2);
  });

  it('groups points closer than the radius, and only those', () => {
    const clusters = clusterPoints(
      [
        { id: 'b', x: 100, y: 100 },
        { id: 'a', x: 110, y: 105 },
        { id: 'c', x: 300, y: 100 },
        { id: 'd', x: 100, y: 125 },
      ],
      18,
    );
    expect(clusters.map((c) => c.key)).to.deep.equal(['a|b', 'c', 'd']);
    expect(clusters[0]).to.include({ x: 105, y: 102.5 });
    expect(clusters[0].members.map((m) => m.id)).to.deep.equal(['b', 'a']);
    expect(clusterPoints([], 18)).to.deep.equal([]);
  });

  it('fans a group out with every member at least the spacing apart', () => {
    for (const n of [2, 3, 5, 8, 9, 20, 60]) {
      const offsets = fanOutOffsets(n, 26);
      expect(offsets, String(n)).to.have.length(n);
      for (let i = 0; i < n; i++) {
        expect(Math.hypot(...offsets[i]), `${n}: member ${i} clear of the centre`).to.be.at.least(20);
        for (let j = i + 1; j < n; j++) {
          const d = Math.hypot(offsets[i][0] - offsets[j][0], offsets[i][1] - offsets[j][1]);
          expect(d, `${n}: ${i}-${j}`).to.be.at.least(25.5);
        }
      }
    }
    expect(fanOutOffsets(1)).to.deep.equal([[0, 0]]);
  });

  it('zooms to fit points with padding, never below the whole world', () => {
    const points = [
      { x: 100, y: 100 },
      { x: 200, y: 150 },
    ];
    const t = transformToFit(points, 800, 400, 40, 4);
    expect(t.k).to.equal(4);
    for (const p of points) {
      expect(p.x * t.k + t.x).to.be.within(0, 800);
      expect(p.y * t.k + t.y).to.be.within(0, 400);
    }
    expect(transformToFit([{ x: 0, y: 0 }, { x: 800, y: 400 }], 800, 400).k).to.equal(1);
    expect(transformToFit([], 800, 400)).to.deep.equal({ k: 1, x: 0, y: 0 });
  });
});

describe('map layout (pure)', () => {
  const dataset = normalizeDataset(smallDataset());
  const projection = equalEarth;

  it('places homes, partners west to east, and one arc per located partner', () => {
    const layout = layoutMap(dataset, dataset.partnerships, projection);
    expect(layout.homes.map((h) => h.id)).to.deep.equal(['alpha', 'beta']);
    expect(layout.partners.map((p) => p.id)).to.deep.equal(['alpha-bamako#0', 'beta-kenya#0', 'alpha-hanoi#0', 'alpha-hanoi#1']);
    expect(layout.arcs.map((a) => [a.id, a.dashed])).to.deep.equal([
      ['alpha-bamako#0', false],
      ['alpha-hanoi#0', true],
      ['alpha-hanoi#1', true],
      ['beta-kenya#0', false],
    ]);
    expect([...layout.partnerCountries].sort()).to.deep.equal(['KE', 'ML', 'VN']);
    expect(layout.unlocated).to.deep.equal([]);
  });

  it('lists partnerships whose partners have no coordinates instead of drawing them', () => {
    const data = smallDataset();
    data.partnerships[0].partners[0].lat = null;
    const layout = layoutMap(normalizeDataset(data), normalizeDataset(data).partnerships, projection);
    expect(layout.unlocated.map((p) => p.id)).to.deep.equal(['alpha-bamako']);
    expect(layout.partners.map((p) => p.id)).to.not.include('alpha-bamako#0');
  });

  it('groups the two Hanoi partners at world zoom and separates nothing else', () => {
    const layout = layoutMap(dataset, dataset.partnerships, projection);
    // At world zoom on an 800 px map: canonical units are 0.8 px.
    const clusters = clusterAtZoom(layout.partners, { k: 0.8, x: 0, y: 0 }, 18);
    expect(clusters.map((c) => c.members.length)).to.deep.equal([1, 1, 2]);
    const hanoi = clusters[2];
    expect([hanoi.baseX, hanoi.baseY]).to.deep.equal([layout.partners[2].x, layout.partners[2].y]);
  });
});
