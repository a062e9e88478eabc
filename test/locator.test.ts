import { expect } from '@open-wc/testing';
import type { Partner } from '../src/data/schema.generated.js';
import { locatorMap, type Locator } from '../src/geo/locator.js';
import { getWorld } from './helpers/world.js';
import { pathBounds } from './helpers/svg-path.js';

const city = (country: string, lat: number, lon: number): Partner => ({ name: null, city: 'x', country, lat, lon, precision: 'city' });
const countryOnly = (country: string | null, lat?: number, lon?: number): Partner => ({ name: null, country, lat, lon, precision: 'country' });

const highlighted = (l: Locator) => l.countries.filter((c) => c.highlighted).map((c) => c.key);
const keys = (l: Locator) => l.countries.map((c) => c.key);

/** Whether box `a` overlaps the locator's box. */
const overlaps = ([x0, y0, x1, y1]: number[], l: Locator) => x0 < l.width && x1 > 0 && y0 < l.height && y1 > 0;

describe('card locator (pure, no d3)', () => {
  it('highlights Togo among its neighbours, with a dot at Lomé inside the box', () => {
    const l = locatorMap([city('TG', 6.1319, 1.2228)])!;
    expect(l.width).to.equal(160);
    expect(l.height).to.equal(110);
    expect(highlighted(l)).to.deep.equal(['TG']);
    expect(keys(l)).to.include.members(['GH', 'BJ', 'BF', 'NG', 'CI']);
    expect(keys(l)).not.to.include('FR');
    expect(l.points).to.have.length(1);
    const [{ x, y }] = l.points;
    expect(x).to.be.within(6, 154);
    expect(y).to.be.within(6, 104);
    // The dot is on Togo (Lomé is on its coast: within a few pixels of the coarse outline).
    const [x0, y0, x1, y1] = pathBounds(l.countries.find((c) => c.key === 'TG')!.d);
    expect(x).to.be.within(x0 - 3, x1 + 3);
    expect(y).to.be.within(y0 - 3, y1 + 3);
  });

  it('gives a country-level partner its country, and no dot', () => {
    const l = locatorMap([countryOnly('KZ', 48.0196, 66.9237)])!;
    expect(highlighted(l)).to.deep.equal(['KZ']);
    expect(l.points).to.deep.equal([]);
    const [x0, y0, x1, y1] = pathBounds(l.countries.find((c) => c.key === 'KZ')!.d);
    // Kazakhstan is large: it fills most of the box, centred, within the padding.
    expect(x0).to.be.within(5, 20);
    expect((x0 + x1) / 2).to.be.closeTo(80, 1);
    expect(y0).to.be.above(5);
    expect(y1).to.be.below(105);
  });

  it('gives null when nothing can be placed', () => {
    expect(locatorMap([])).to.equal(null);
    expect(locatorMap([countryOnly(null)])).to.equal(null);
    // Singapore is not in the 1:110m world, and a country-level place gets no dot.
    expect(locatorMap([countryOnly('SG', 1.35, 103.82)])).to.equal(null);
    // A city there still does.
    expect(locatorMap([city('SG', 1.35, 103.82)])!.points).to.have.length(1);
  });

  it('places Vietnam, Djibouti and a partnership over two countries', () => {
    const vn = locatorMap([city('VN', 21.0285, 105.8542)])!;
    expect(highlighted(vn)).to.deep.equal(['VN']);
    expect(keys(vn)).to.include.members(['LA', 'KH', 'CN', 'TH']);
    const dj = locatorMap([city('DJ', 11.5886, 43.145)], 96, 72)!;
    expect([dj.width, dj.height]).to.deep.equal([96, 72]);
    expect(highlighted(dj)).to.deep.equal(['DJ']);
    expect(keys(dj)).to.include.members(['ET', 'ER', 'YE']);
    expect(dj.points[0].x).to.be.within(0, 96);
    expect(dj.points[0].y).to.be.within(0, 72);
    const two = locatorMap([city('ML', 12.64, -8), city('SN', 14.7, -17.45)])!;
    expect(highlighted(two).sort()).to.deep.equal(['ML', 'SN']);
    expect(two.points).to.have.length(2);
  });

  it('fits the mainland of a country with far-away parts', () => {
    // France includes French Guiana, Russia the tip of Chukotka beyond 180°: the view
    // should still be France and Russia, not the Atlantic or the whole world.
    const views = { FR: ['DE', ['BR', 'SR']], RU: ['KZ', ['US', 'CA']], US: ['MX', ['RU']] } as const;
    for (const [code, [near, far]] of Object.entries(views)) {
      const shown = keys(locatorMap([countryOnly(code)])!);
      expect(shown, code).to.include(near);
      for (const other of far) expect(shown, code).not.to.include(other);
    }
  });

  it('can place every country of the world', () => {
    for (const code of getWorld().byCode.keys()) {
      const l = locatorMap([countryOnly(code)]);
      const shape = l?.countries.find((c) => c.key === code);
      expect(shape?.highlighted, code).to.equal(true);
      expect(overlaps(pathBounds(shape!.d), l!), code).to.equal(true);
    }
  });

  it('does not change the partners it is given', () => {
    const partners = [city('TG', 6.1319, 1.2228)];
    const copy = structuredClone(partners);
    locatorMap(partners);
    expect(partners).to.deep.equal(copy);
  });
});
