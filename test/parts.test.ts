import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { requestDataset } from '../src/data/request.js';
import '../src/map.js';
import type { CoopMap } from '../src/map.js';
import type { CoopErrorEvent } from '../src/events/coop-error.js';

// Fixtures are fetched raw (see web-test-runner.config.js), as a web server would send them.
const raw = (path: string) => new URL(`/__raw/test/fixtures/${path}`, location.href).href;
const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('data split by institution (parts)', () => {
  it('loads the list and the files of the institutions asked for, and only those', async () => {
    performance.clearResourceTimings();
    const result = await requestDataset({ src: raw('split/index.json'), institutions: ['beta'] });
    expect(result.status).to.equal('loaded');
    if (result.status !== 'loaded') return;
    expect(result.dataset.partnerships.map((p) => p.id)).to.deep.equal(['beta-kenya', 'beta-network']);
    // The list's institutions, domains and documents come with them.
    expect(result.dataset.institutions.map((i) => i.id)).to.deep.equal(['alpha', 'beta']);
    expect(result.dataset.domains['cardiac-surgery']).to.exist;
    expect(result.rejected).to.equal(null);
    const files = fetched().filter((p) => p.includes('/split/'));
    expect(files.some((p) => p.endsWith('/index.json'))).to.equal(true);
    expect(files.some((p) => /\/beta\.\w+\.json$/.test(p))).to.equal(true);
    expect(files.some((p) => /\/alpha\.\w+\.json$/.test(p)), 'alpha was not needed').to.equal(false);
  });

  it('loads every part without an institution, as one dataset equal to the unsplit file', async () => {
    const [split, whole] = await Promise.all([requestDataset({ src: raw('split/index.json'), institutions: null }), requestDataset({ src: raw('small-dataset.json') })]);
    if (split.status !== 'loaded' || whole.status !== 'loaded') throw new Error('not loaded');
    expect(split.dataset.partnerships.map((p) => p.id).sort()).to.deep.equal(whole.dataset.partnerships.map((p) => p.id).sort());
    expect(split.dataset.events.map((e) => e.id)).to.deep.equal(whole.dataset.events.map((e) => e.id));
    expect(split.dataset.eventsByPartnership.get('alpha-bamako')!.map((e) => e.id)).to.deep.equal(['e-2014', 'e-2016']);
  });

  it('draws one institution of a split file on the map, and names a broken part in its message', async () => {
    const el = await fixture<CoopMap>(html`<coop-map src=${raw('split/index.json')} institution="alpha" style="width: 700px"></coop-map>`);
    await oneEvent(el, 'coop-load');
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.match(/^3 partenaires/);
    const broken = await requestDataset({ src: raw('split-broken/index.json'), institutions: null });
    expect(broken.status).to.equal('loaded');
    if (broken.status !== 'loaded') return;
    // The good part is shown; the missing one is reported with its file's name.
    expect(broken.dataset.partnerships.map((p) => p.id)).to.deep.equal(['alpha-bamako', 'alpha-hanoi']);
    expect(broken.rejected!.issues!.map((i) => i.path)).to.deep.equal(['missing.json']);
    expect(broken.rejected!.message).to.match(/introuvable.*missing\.json/);
    const map = await fixture<CoopMap>(html`<coop-map src=${raw('split-broken/index.json')} style="width: 700px"></coop-map>`);
    const error = (await oneEvent(map, 'coop-error')) as CoopErrorEvent;
    expect(error.detail.issues![0].path).to.equal('missing.json');
  });
});
