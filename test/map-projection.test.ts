import { expect } from '@open-wc/testing';
import { geoEqualEarth, geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { equalEarth, fitToBox, loadProjection, type MapProjection } from '../src/geo/map-projection.js';
import { fitProjection } from './helpers/d3-projection.js';
import { getWorld } from './helpers/world.js';
import { parsePath, pathBounds, seededRandom } from './helpers/svg-path.js';

/** d3's projection fitted the way the generated worlds are: land but Antarctica, width 1000. */
const d3Fitted = (p: GeoProjection) => p.fitWidth(1000, getWorld().landWithoutAntarctica);

const shoelace = (ring: [number, number][]) => ring.reduce((s, p, i) => s + ring[(i + ring.length - 1) % ring.length][0] * p[1] - p[0] * ring[(i + ring.length - 1) % ring.length][1], 0) / 2;

describe('map projections (canonical box)', () => {
  it('projects Equal Earth without d3 exactly as d3 fitted geoEqualEarth does', () => {
    const d3 = d3Fitted(geoEqualEarth());
    const random = seededRandom(20261201);
    let worst = 0;
    for (let i = 0; i < 5000; i++) {
      const lonLat: [number, number] = [random() * 360 - 180, random() * 180 - 90];
      const [x, y] = equalEarth.project(lonLat)!;
      const [ex, ey] = d3(lonLat)!;
      worst = Math.max(worst, Math.abs(x - ex), Math.abs(y - ey));
    }
    expect(worst).to.be.below(1e-6);
    // Beyond the antimeridian as d3 wraps it; nothing for a position that is not a number.
    expect(equalEarth.project([190, 10])![0]).to.be.closeTo(d3([-170, 10])![0], 1e-6);
    expect(equalEarth.project([NaN, 10])).to.equal(null);
  });

  it('spans the land but Antarctica over the box 1000 wide from (0, 0)', () => {
    const bounds = geoPath(d3Fitted(geoEqualEarth())).bounds(getWorld().landWithoutAntarctica);
    expect(equalEarth.width).to.equal(1000);
    expect(bounds[0][0]).to.be.closeTo(0, 1e-6);
    expect(bounds[0][1]).to.be.closeTo(0, 1e-6);
    expect(bounds[1][0]).to.be.closeTo(1000, 1e-6);
    expect(equalEarth.height).to.be.closeTo(bounds[1][1], 1e-6);
  });

  it('fits the canonical box into a box as d3 fitExtent fits the land, padding 8', () => {
    const land = getWorld().landWithoutAntarctica;
    const random = seededRandom(7);
    for (const [w, h] of [
      [1200, 675],
      [800, 450],
      [320, 480],
      [1000, 1000],
    ]) {
      const d3 = fitProjection('equal-earth', w, h, land)!;
      const t = fitToBox(equalEarth, w, h);
      for (let i = 0; i < 200; i++) {
        const lonLat: [number, number] = [random() * 360 - 180, random() * 170 - 85];
        const [cx, cy] = equalEarth.project(lonLat)!;
        const [ex, ey] = d3(lonLat)!;
        expect(cx * t.k + t.x, `${w}x${h}`).to.be.closeTo(ex, 1e-6);
        expect(cy * t.k + t.y, `${w}x${h}`).to.be.closeTo(ey, 1e-6);
      }
    }
    expect(fitToBox(equalEarth, 0, 0)).to.deep.equal({ k: 0, x: 0, y: 0 });
    expect(fitToBox(equalEarth, 10, 300).k).to.equal(0);
  });

  it('draws every country of the world, close to d3 drawing the full 1:110m shapes', () => {
    const world = getWorld();
    const path = geoPath(d3Fitted(geoEqualEarth()));
    expect(equalEarth.countries).to.have.length(world.countries.length);
    equalEarth.countries.forEach((c, i) => {
      const source = world.countries[i];
      expect(c.code, `country ${i}`).to.equal(source.id ?? null);
      const name = c.code ?? `#${i}`;
      const expected = path.area(source);
      const drawn = parsePath(c.d).reduce((s, ring) => s + shoelace(ring), 0);
      // Simplified and snapped to whole units: small countries drift most.
      const [lo, hi] = expected > 20 ? [0.8, 1.2] : [0.5, 2];
      expect(drawn / expected, `${name}'s area`).to.be.within(lo, hi);
      if (c.code !== 'FJ') {
        // Fiji straddles the antimeridian; its small side is dropped.
        const b = pathBounds(c.d);
        path
          .bounds(source)
          .flat()
          .forEach((v, j) => expect(Math.abs(v - b[j]), `${name}'s bounds`).to.be.below(7));
      }
    });
    for (const code of ['TG', 'DJ', 'GM', 'LU', 'LB', 'XK', 'VN', 'KZ']) expect(equalEarth.countries.some((c) => c.code === code && c.d)).to.equal(true);
    const sphere = pathBounds(equalEarth.sphere);
    expect(sphere[0]).to.be.closeTo(geoPath(d3Fitted(geoEqualEarth())).bounds({ type: 'Sphere' })[0][0], 0.2);
    expect(parsePath(equalEarth.borders).length).to.be.above(100);
  });

  it('keeps the default world module within its gzip budget', async () => {
    const text = await (await fetch('/__raw/src/geo/generated/world-equal-earth.ts')).text();
    // What a bundle carries: the module without its comments.
    const code = text
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n');
    const gzipped = await new Response(new Blob([code]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    expect(code.length).to.be.above(20000); // it is the world, not an error page
    expect(gzipped.byteLength).to.be.at.most(12 * 1024);
  });

  for (const [name, create] of [
    ['natural-earth', geoNaturalEarth1],
    ['mercator', geoMercator],
  ] as const) {
    it(`loads ${name} on demand, in the same canonical box as d3's fit`, async () => {
      const projection: MapProjection = await loadProjection(name);
      expect(await loadProjection(name)).to.equal(projection);
      const d3 = d3Fitted(create());
      expect(projection.name).to.equal(name);
      expect(projection.width).to.equal(1000);
      expect(projection.height).to.be.closeTo(geoPath(d3).bounds(getWorld().landWithoutAntarctica)[1][1], 1e-6);
      const random = seededRandom(42);
      for (let i = 0; i < 1000; i++) {
        const lonLat: [number, number] = [random() * 360 - 180, random() * 160 - 80];
        const [x, y] = projection.project(lonLat)!;
        const [ex, ey] = d3(lonLat)!;
        expect(x).to.be.closeTo(ex, 1e-6);
        expect(y).to.be.closeTo(ey, 1e-6);
      }
      expect(projection.countries).to.have.length(177);
      for (const code of ['TG', 'DJ', 'GM', 'LU', 'VN', 'KZ']) expect(projection.countries.find((c) => c.code === code)?.d, code).to.match(/^M/);
      expect(projection.sphere).to.match(/^M/);
      expect(parsePath(projection.borders).length).to.be.above(100);
    });
  }

  it('gives Equal Earth at once from loadProjection', async () => {
    expect(await loadProjection('equal-earth')).to.equal(equalEarth);
  });
});
