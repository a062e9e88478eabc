import { expect } from '@open-wc/testing';
import { normalizeDataset } from '../src/data/dataset.js';
import { eventsMatching, foldForSearch, parseTokenList, partnershipsMatching, partnershipsOf } from '../src/data/query.js';
import { resolveText } from '../src/data/localized-text.js';
import { smallDataset } from './fixtures/small-dataset.js';

const dataset = normalizeDataset(smallDataset());
const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('queries', () => {
  it('splits attribute values like class lists', () => {
    expect(parseTokenList('chu-angers  aphp\nchu-angers')).to.deep.equal(['chu-angers', 'aphp']);
    expect(parseTokenList('ML, VN')).to.deep.equal(['ML', 'VN']);
    expect(parseTokenList('  ')).to.equal(null);
    expect(parseTokenList(null)).to.equal(null);
  });

  it('filters partnerships by institution, country, domain, status and kind', () => {
    expect(ids(partnershipsMatching(dataset))).to.deep.equal(['alpha-bamako', 'alpha-hanoi', 'beta-kenya', 'beta-network']);
    expect(ids(partnershipsOf(dataset, 'beta'))).to.deep.equal(['beta-kenya', 'beta-network']);
    expect(ids(partnershipsMatching(dataset, { institutions: ['alpha', 'beta'], countries: ['VN', 'KE'] }))).to.deep.equal(['alpha-hanoi', 'beta-kenya']);
    expect(ids(partnershipsMatching(dataset, { domains: ['cardiac-surgery'] }))).to.deep.equal(['alpha-bamako']);
    expect(ids(partnershipsMatching(dataset, { statuses: ['planned'] }))).to.deep.equal(['alpha-hanoi']);
    expect(ids(partnershipsMatching(dataset, { kinds: ['network'] }))).to.deep.equal(['beta-network']);
    expect(ids(partnershipsMatching(dataset, { institutions: [] }))).to.have.length(4);
  });

  it('filters partnerships by time: an unknown start counts as ongoing', () => {
    // alpha-bamako since 2012, beta-kenya since late 2017, the others unknown.
    expect(ids(partnershipsMatching(dataset, { to: Date.UTC(2013, 0, 1) }))).to.deep.equal(['alpha-bamako', 'alpha-hanoi', 'beta-network']);
    expect(ids(partnershipsMatching(dataset, { to: Date.UTC(2017, 8, 1) }))).to.not.include('beta-kenya');
    expect(ids(partnershipsMatching(dataset, { to: Date.UTC(2017, 8, 2) }))).to.include('beta-kenya');
  });

  it('searches text in every language, ignoring case and accents', () => {
    expect(foldForSearch('Hôpital de l’amitié Viêt Duc')).to.equal('hopital de l’amitie viet duc');
    expect(ids(partnershipsMatching(dataset, { text: 'viet DUC' }))).to.deep.equal(['alpha-hanoi']);
    expect(ids(partnershipsMatching(dataset, { text: 'cardiac surgery' }))).to.deep.equal(['alpha-bamako']);
    expect(ids(partnershipsMatching(dataset, { text: 'point g bamako' }))).to.deep.equal(['alpha-bamako']);
    expect(ids(partnershipsMatching(dataset, { text: 'point g hanoi' }))).to.deep.equal([]);
  });

  it('filters events, keeping chronological order', () => {
    expect(ids(eventsMatching(dataset))).to.deep.equal(['e-decade', 'e-2014', 'e-2016', 'e-context', 'e-planned']);
    expect(ids(eventsMatching(dataset, { institutions: ['alpha'], statuses: ['planned'] }))).to.deep.equal(['e-planned']);
    expect(ids(eventsMatching(dataset, { kinds: ['mission', 'exhibition'] }))).to.deep.equal(['e-2014', 'e-2016']);
    expect(ids(eventsMatching(dataset, { countries: ['ML'] }))).to.deep.equal(['e-2014', 'e-2016']);
    expect(ids(eventsMatching(dataset, { domains: ['cardiac-surgery'] }))).to.deep.equal(['e-2014', 'e-2016']);
    expect(ids(eventsMatching(dataset, { from: Date.UTC(2015, 0, 1), to: Date.UTC(2024, 0, 1) }))).to.deep.equal(['e-2016', 'e-context']);
    expect(ids(eventsMatching(dataset, { text: 'coeur' }))).to.deep.equal(['e-2016']);
    expect(ids(eventsMatching(dataset, { text: 'hanoi', statuses: ['done'] }))).to.deep.equal(['e-decade']);
  });

  it('resolves text in the page language, falling back to French, and says which it used', () => {
    expect(resolveText({ fr: 'Bonjour', en: 'Hello' }, 'en-GB')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(resolveText({ fr: 'Bonjour', en: 'Hello' }, 'ar')).to.deep.equal({ text: 'Bonjour', lang: 'fr' });
    expect(resolveText({ en: 'Hello' }, 'ar')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(resolveText({ 'ar-MA': 'مرحبا', fr: 'Bonjour' }, 'ar')).to.deep.equal({ text: 'مرحبا', lang: 'ar-MA' });
  });
});
