import { expect } from '@open-wc/testing';
import { constrain, IDENTITY, scaleAbout, transformToFit, translateBy } from '../src/geo/zoom-transform.js';
import { wheelFactor } from '../src/controllers/zoom-gestures.js';

const limits = { minK: 1, maxK: 8, width: 800, height: 400 };

describe('zoom transforms', () => {
  it('zooms about a point, which stays where it is', () => {
    const t = scaleAbout({ k: 2, x: -100, y: -50 }, 1.5, 300, 200);
    // The base point under (300, 200) before: ((300 + 100) / 2, (200 + 50) / 2) = (200, 125).
    expect([200 * t.k + t.x, 125 * t.k + t.y]).to.deep.equal([300, 200]);
    expect(t.k).to.equal(3);
  });

  it('keeps the scale within its extent and the content over the whole view', () => {
    expect(constrain({ k: 20, x: 0, y: 0 }, limits).k).to.equal(8);
    expect(constrain({ k: 0.2, x: 50, y: 50 }, limits)).to.deep.equal(IDENTITY);
    // At k = 2 the content is 1600 × 800: x between -800 and 0, y between -400 and 0.
    expect(constrain({ k: 2, x: 100, y: -1000 }, limits)).to.deep.equal({ k: 2, x: 0, y: -400 });
    expect(constrain(translateBy({ k: 2, x: -400, y: -200 }, -1000, 30), limits)).to.deep.equal({ k: 2, x: -800, y: -170 });
  });

  it('fits a box of points, centred, within 1 and the largest scale', () => {
    const t = transformToFit([{ x: 100, y: 100 }, { x: 300, y: 200 }], 800, 400, 40, 4);
    expect(t.k).to.be.closeTo(Math.min((800 - 80) / 200, (400 - 80) / 100), 1e-9);
    expect((200 * t.k + t.x)).to.be.closeTo(400, 1e-9);
    expect(transformToFit([{ x: 0, y: 0 }, { x: 800, y: 400 }], 800, 400).k).to.equal(1);
    expect(transformToFit([], 800, 400)).to.deep.equal(IDENTITY);
  });

  it('turns wheel deltas into factors as d3-zoom does (pinches are Ctrl + wheel)', () => {
    expect(wheelFactor(-100, 0, false)).to.be.closeTo(2 ** 0.2, 1e-12);
    expect(wheelFactor(-10, 0, true)).to.be.closeTo(2 ** 0.2, 1e-12);
    expect(wheelFactor(3, 1, false)).to.be.closeTo(2 ** -0.15, 1e-12);
    expect(wheelFactor(100, 0, true)).to.be.below(1);
  });
});
