/** The choices and counts `<coop-filters>` offers, and how the visitors' filters read and combine (pure, no DOM). */
import { expect } from '@open-wc/testing';
import { normalizeDataset } from '../src/data/dataset.js';
import { eventsMatching, partnershipsMatching } from '../src/data/query.js';
import { facetsOf, offeredPartnerships, toggled } from '../src/components/coop-filters/facets.js';
import { filtersFromHash, hashWithFilters } from '../src/model/group-address.js';
import { filtersAnything, visitorFilter, type GroupOffer } from '../src/model/group-store.js';
import { smallDataset } from './fixtures/small-dataset.js';

const dataset = normalizeDataset(smallDataset());
const offer = (ids: string[]): GroupOffer => ({ dataset, partnerships: dataset.partnerships.filter((p) => ids.includes(p.id)) });
const counts = (facet: { choices: readonly { value: string; count: number; selected: boolean }[] } | undefined) =>
  Object.fromEntries((facet?.choices ?? []).map((c) => [c.value, c.selected ? `${c.count}*` : c.count]));

describe('facets', () => {
  it('offers every value the group shows, with the partnerships each would keep', () => {
    const result = facetsOf([offer(['alpha-bamako', 'alpha-hanoi', 'beta-kenya', 'beta-network'])], {});
    expect(result.matching).to.equal(4);
    const byField = Object.fromEntries(result.facets.map((f) => [f.field, counts(f)]));
    expect(byField.institution).to.deep.equal({ alpha: 2, beta: 2 });
    // Hanoi's two partners are both in Viet Nam: counted once.
    expect(byField.country).to.deep.equal({ ML: 1, VN: 1, KE: 1 });
    expect(byField.domain).to.deep.equal({ 'cardiac-surgery': 1, 'palliative-care': 1 });
    expect(byField.status).to.deep.equal({ active: 3, planned: 1 });
    expect(byField.kind).to.deep.equal({ partnership: 3, network: 1 });
  });

  it('counts each choice under the other fields only (a second country adds, a status narrows)', () => {
    const all = [offer(['alpha-bamako', 'alpha-hanoi', 'beta-kenya', 'beta-network'])];
    const result = facetsOf(all, { countries: ['ML'], statuses: ['active'] });
    expect(result.matching).to.equal(1);
    const byField = Object.fromEntries(result.facets.map((f) => [f.field, counts(f)]));
    // Countries counted under status=active only: Viet Nam's partnership is planned.
    expect(byField.country).to.deep.equal({ ML: '1*', VN: 0, KE: 1 });
    // Statuses counted under country=ML only.
    expect(byField.status).to.deep.equal({ active: '1*', planned: 0 });
    expect(byField.institution).to.deep.equal({ alpha: 1, beta: 0 });
  });

  it('keeps a chosen value the data lacks (an old link), at zero', () => {
    const result = facetsOf([offer(['alpha-bamako'])], { countries: ['SN'] });
    expect(counts(result.facets.find((f) => f.field === 'country'))).to.deep.equal({ ML: 1, SN: '0*' });
    expect(result.matching).to.equal(0);
  });

  it('searches words in titles and partners, accents and case aside', () => {
    const result = facetsOf([offer(['alpha-bamako', 'alpha-hanoi', 'beta-kenya'])], { text: 'HANOI' });
    expect(result.matching).to.equal(1);
    expect(counts(result.facets.find((f) => f.field === 'institution'))).to.deep.equal({ alpha: 1, beta: 0 });
  });

  it('takes each partnership once from several elements, and names from every dataset', () => {
    const offers = [offer(['alpha-bamako', 'alpha-hanoi']), offer(['alpha-hanoi', 'beta-kenya'])];
    expect(offeredPartnerships(offers).map((p) => p.id)).to.deep.equal(['alpha-bamako', 'alpha-hanoi', 'beta-kenya']);
    expect(facetsOf(offers, {}).datasets).to.deep.equal([dataset]);
  });

  it('toggles a choice without touching the other fields, and drops an emptied field', () => {
    const one = toggled({ text: 'x' }, 'country', 'ML', true);
    expect(one).to.deep.equal({ text: 'x', countries: ['ML'] });
    expect(toggled(one, 'country', 'ML', true)).to.deep.equal(one);
    expect(toggled(toggled(one, 'country', 'KE', true), 'country', 'ML', false)).to.deep.equal({ text: 'x', countries: ['KE'] });
    expect(toggled(one, 'country', 'ML', false)).to.deep.equal({ text: 'x' });
    expect(filtersAnything({})).to.equal(false);
    expect(filtersAnything({ text: '  ' })).to.equal(false);
    expect(filtersAnything({ kinds: ['network'] })).to.equal(true);
  });

  it('applies the visitors’ status and kind to a timeline’s events through their partnership', () => {
    const filter = visitorFilter({ statuses: ['planned'] }, 'event');
    expect(eventsMatching(dataset, filter).map((e) => e.id).sort()).to.deep.equal(['e-decade', 'e-planned']);
    // An event without a partnership has no partnership status: kept only when no status is chosen.
    expect(eventsMatching(dataset, visitorFilter({}, 'event')).map((e) => e.id)).to.include('e-context');
    // For partnerships, the same filters read the partnership's own fields, combined with the page's.
    expect(partnershipsMatching(dataset, [{ institutions: ['alpha'] }, visitorFilter({ statuses: ['active'] }, 'partnership')]).map((p) => p.id)).to.deep.equal(['alpha-bamako']);
    // Page and visitor filters combine with AND: a country the page does not show keeps nothing.
    expect(partnershipsMatching(dataset, [{ countries: ['ML'] }, visitorFilter({ countries: ['KE'] }, 'partnership')])).to.deep.equal([]);
  });

  it('writes the filters into the hash and reads them back, other parameters kept', () => {
    const hash = hashWithFilters('#x=1&coop=alpha-bamako', '', { countries: ['ML', 'KE'], statuses: ['active'], text: 'cœur; de:x' });
    expect(filtersFromHash(hash, '')).to.deep.equal({ countries: ['ML', 'KE'], statuses: ['active'], text: 'cœur; de:x' });
    expect(new URLSearchParams(hash.slice(1)).get('x')).to.equal('1');
    expect(new URLSearchParams(hash.slice(1)).get('coop')).to.equal('alpha-bamako');
    expect(hashWithFilters(hash, '', {})).to.equal('#x=1&coop=alpha-bamako');
    // Readable in the address bar: `:` and `;` are not escaped.
    expect(hashWithFilters('', '', { countries: ['ML'], text: 'rein' })).to.equal('#coop-filter=country:ML;q:rein');
    expect(filtersFromHash(hashWithFilters('', 'g', { domains: ['a'] }), 'g')).to.deep.equal({ domains: ['a'] });
    expect(filtersFromHash(hashWithFilters('', 'g', { domains: ['a'] }), '')).to.equal(null);
  });
});
