import { expect } from '@open-wc/testing';
import bundled from '../data/cooperation.json';
import { validateDataset } from '../src/data/validate.js';
import { describeIssue } from '../src/data/messages.js';
import { normalizeDataset } from '../src/data/dataset.js';
import { compareIntervals } from '../src/time/partial-date.js';
import type { CooperationDataset } from '../src/data/schema.generated.js';

const data = bundled as unknown as CooperationDataset;

/** Reads "partners[0].city" (or "partners[*].lat") inside a record; undefined when absent. */
function fieldExists(record: unknown, field: string): boolean {
  const parts = field.split(/\.|\[|\]/).filter(Boolean);
  const walk = (node: unknown, i: number): boolean => {
    if (i === parts.length) return node !== undefined;
    if (node === null || typeof node !== 'object') return false;
    if (parts[i] === '*') return Object.values(node).some((child) => walk(child, i + 1));
    return walk((node as Record<string, unknown>)[parts[i]], i + 1);
  };
  return walk(record, 0);
}

describe('the bundled dataset', () => {
  it('validates against the schema with no issue', () => {
    const { data: valid, issues } = validateDataset(data);
    expect(issues.map(describeIssue)).to.deep.equal([]);
    expect(valid!.partnerships.length).to.equal(data.partnerships.length);
    expect(valid!.events.length).to.equal(data.events.length);
  });

  it('has the five home institutions under their stable ids', () => {
    expect(data.institutions.map((i) => i.id)).to.have.members(['chu-angers', 'aphp', 'chu-clermont-ferrand', 'institut-curie', 'chu-marrakech']);
  });

  it('cites a source for every institution, partnership and event', () => {
    const uncited = [
      ...data.institutions.filter((i) => !i.sources?.length).map((i) => i.id),
      ...data.partnerships.filter((p) => !p.sources?.length).map((p) => p.id),
      ...data.events.filter((e) => !e.sources?.length).map((e) => e.id),
    ];
    expect(uncited).to.deep.equal([]);
  });

  // Every human text in French, English and Arabic: bundled-languages.test.ts.

  it('says why for every coordinate, since no document gives coordinates', () => {
    const unexplained = [
      ...data.institutions.filter((i) => i.lat !== null && !(i.inferences ?? []).some((n) => n.fields.includes('lat'))).map((i) => i.id),
      ...data.partnerships
        .filter((p) => p.partners.some((x) => x.lat !== null) && !(p.inferences ?? []).some((n) => n.fields.some((f) => /^partners\[(\d+|\*)\]\.lat$/.test(f))))
        .map((p) => p.id),
    ];
    expect(unexplained).to.deep.equal([]);
  });

  it('points every inference at a field that exists in its record', () => {
    const records = [...data.institutions, ...data.partnerships, ...data.events] as { id: string; inferences?: { fields: string[] }[] }[];
    const dangling = records.flatMap((r) =>
      (r.inferences ?? []).flatMap((n) => n.fields.filter((f) => !fieldExists(r, f)).map((f) => `${r.id}: ${f}`)),
    );
    expect(dangling).to.deep.equal([]);
  });

  it('uses real ISO country codes', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const codes = new Set<string>();
    for (const i of data.institutions) if (i.country) codes.add(i.country);
    for (const p of data.partnerships) for (const x of p.partners) if (x.country) codes.add(x.country);
    for (const e of data.events) if (e.place?.country) codes.add(e.place.country);
    expect([...codes].filter((c) => !names.of(c))).to.deep.equal([]);
  });

  it('labels every domain it uses', () => {
    const used = new Set(data.partnerships.flatMap((p) => p.domains));
    expect([...used].filter((d) => !data.domains?.[d])).to.deep.equal([]);
  });

  it('normalises into chronological events linked to their partnerships', () => {
    const dataset = normalizeDataset(data);
    for (let i = 1; i < dataset.events.length; i++) {
      expect(compareIntervals(dataset.events[i - 1].interval, dataset.events[i].interval)).to.be.at.most(0);
    }
    const linked = [...dataset.eventsByPartnership.values()].reduce((n, list) => n + list.length, 0);
    const context = dataset.events.filter((e) => e.partnership === null);
    expect(linked + context.length).to.equal(dataset.events.length);
    expect(context.every((e) => e.kind === 'context' || e.kind === 'other')).to.equal(true);
  });

  describe('reads the documents\' traps as they are', () => {
    const partnership = (id: string) => data.partnerships.find((p) => p.id === id)!;
    const event = (id: string) => data.events.find((e) => e.id === id)!;
    const inferred = (record: { inferences?: { fields: string[] }[] }, field: string) =>
      (record.inferences ?? []).some((n) => n.fields.includes(field));

    it('places Panzi in Bukavu, DR Congo, and says it was inferred from "Congo"', () => {
      const panzi = partnership('angers-panzi');
      expect(panzi.partners[0]).to.include({ city: 'Bukavu', country: 'CD' });
      expect(inferred(panzi, 'partners[0].city') && inferred(panzi, 'partners[0].country')).to.equal(true);
    });

    it('does not turn the 40th anniversary of the Angers–Bamako twinning into a start date', () => {
      expect(partnership('angers-bamako-point-g').since).to.equal(null);
      expect(event('angers-bamako-2014-09-40-years').date).to.deep.equal({ start: '2014-09' });
    });

    it('keeps "fin 2017" and "années 1980-1990" at their precision', () => {
      expect(partnership('angers-lome').since).to.deep.equal({ start: '2017', part: 'late' });
      expect(partnership('clermont-hanoi').since).to.deep.equal({ start: '198X', end: '199X', approximate: true });
    });

    it('gives Clermont-Ferrand five partners in Hanoi, the year of the signing flagged as taken from the article', () => {
      const hanoi = partnership('clermont-hanoi');
      expect(hanoi.partners).to.have.length(5);
      expect(hanoi.partners.every((p) => p.city === 'Hanoï' && p.country === 'VN')).to.equal(true);
      expect(inferred(event('clermont-hanoi-2025-11-12-signing'), 'date')).to.equal(true);
    });

    it('keeps the page\'s ERC year but flags it', () => {
      const erc = partnership('curie-erc-grants');
      expect(erc.since).to.deep.equal({ start: '2017' });
      expect(inferred(erc, 'since')).to.equal(true);
      expect(erc.partners).to.deep.equal([]);
    });

    it('untangles the Marrakech brochure: each caption with its country and description', () => {
      expect(partnership('marrakech-nouakchott-cardiology').partners[0].country).to.equal('MR');
      expect(event('marrakech-nouakchott-2013-10-convention').date).to.deep.equal({ start: '2013-10' });
      const caravan = event('marrakech-tombouctou-2014-04-caravan');
      expect(caravan.date).to.deep.equal({ start: '2014-04' });
      expect(caravan.figures!.map((f) => f.value)).to.deep.equal([1800, 11]);
      expect(partnership('marrakech-rdc-training').partners[0].country).to.equal('CD');
      expect(partnership('marrakech-gabon-sylvia-bongo-foundation')).to.include({ status: 'planned' });
      expect(event('marrakech-mali-2016-09-open-heart-caravan').date).to.deep.equal({ start: '2016-09-14', end: '2016-09-26' });
      expect(partnership('marrakech-dakar-dalal-jamm').status).to.equal('planned');
      expect(partnership('marrakech-sokoto-usmanu-danfodiyo').status).to.equal('planned');
    });

    it('gives the Marrakech brochure\'s "Les deux parties envisagent…" to the Nouakchott agreement, not to the Timbuktu caravan', () => {
      const cites = (id: string, start: string) => JSON.stringify(partnership(id)).includes(`"quote":"${start}`);
      expect(cites('marrakech-nouakchott-cardiology', 'Les deux parties envisagent')).to.equal(true);
      expect(cites('marrakech-tombouctou-caravan', 'Les deux parties envisagent')).to.equal(false);
      expect(partnership('marrakech-nouakchott-cardiology').activities!.filter((a) => a.status === 'under-study')).to.have.length(5);
      expect(inferred(partnership('marrakech-nouakchott-cardiology'), 'activities[1]')).to.equal(true);
    });

    it('places the Zamfara caravan at the state, with its region, and says why', () => {
      const zamfara = partnership('marrakech-zamfara-caravan');
      expect(zamfara.partners[0]).to.include({ city: null, region: 'Zamfara', country: 'NG', precision: 'region' });
      // Zamfara State, not the centre of Nigeria (9.1 N, 8.7 E) some 400 km away.
      expect(zamfara.partners[0].lat).to.be.within(11, 13.2);
      expect(zamfara.partners[0].lon).to.be.within(5, 7.3);
      expect(inferred(zamfara, 'partners[0].region') && inferred(zamfara, 'partners[0].lat')).to.equal(true);
    });

    it('gives one-off past actions of the undated brochure the status "unknown", their actions "done"', () => {
      for (const id of ['marrakech-tombouctou-caravan', 'marrakech-mali-open-heart', 'marrakech-rdc-training', 'marrakech-reshaoc', 'marrakech-zamfara-caravan']) {
        const p = partnership(id);
        expect(p.status, id).to.equal('unknown');
        expect(inferred(p, 'status'), id).to.equal(true);
        expect(data.events.filter((e) => e.partnership === id).every((e) => e.status === 'done'), id).to.equal(true);
      }
    });

    it('starts every partnership by one rule: its stated start, else its first dated event, flagged', () => {
      const startOf = (d: { start: string }) => d.start;
      for (const p of data.partnerships) {
        const events = data.events.filter((e) => e.partnership === p.id);
        const first = events.map((e) => startOf(e.date)).sort()[0] ?? null;
        if (p.id === 'angers-bamako-point-g') {
          // Older than its one event ("depuis les prémices" of a 40-year twinning), undated.
          expect(p.since).to.equal(null);
        } else if (p.since === null) {
          expect(first, `${p.id} has a dated event but no since`).to.equal(null);
        } else if (first !== null) {
          expect(startOf(p.since) <= first, `${p.id}: since after its first event`).to.equal(true);
        }
        if (p.since && !events.some((e) => e.kind === 'start')) expect(inferred(p, 'since'), `${p.id}: since not flagged`).to.equal(true);
      }
    });

    it('keeps one partner for Angers in Djibouti, with what is under study, and gives the card the ERC caveat', () => {
      expect(data.partnerships.filter((p) => p.partners.some((x) => x.country === 'DJ')).map((p) => p.id)).to.deep.equal(['angers-djibouti-peltier']);
      expect(partnership('angers-djibouti-peltier').activities!.some((a) => a.status === 'under-study')).to.equal(true);
      const peltier = partnership('angers-djibouti-peltier');
      // "cadres médicaux, paramédicaux et médicaux-techniques": qualified staff, from no institution the text names.
      expect(JSON.stringify([peltier.summary, peltier.activities])).not.to.match(/angevins|managers/);
      expect(partnership('curie-erc-grants').sinceNote!.fr).to.match(/2007/);
    });

    it('places the Côte d\'Ivoire centre where it is, at Yopougon in Abidjan, like the agreement signed at its inauguration', () => {
      const [centre] = partnership('marrakech-cote-divoire-emergency-training-centre').partners;
      const [yopougon] = partnership('marrakech-yopougon-quality-risk').partners;
      expect(centre).to.include({ city: 'Abidjan', precision: 'city', lat: yopougon.lat, lon: yopougon.lon });
    });

    it('records the Institut Curie\'s expertise for hospital projects and its humanitarian work, without inventing places', () => {
      for (const id of ['curie-overseas-hospital-projects', 'curie-humanitarian-care']) {
        expect(partnership(id).partners, id).to.deep.equal([]);
        expect(inferred(partnership(id), 'partners'), id).to.equal(true);
      }
      expect(partnership('curie-international-patients').summary!.fr).to.include('ne disposeraient pas');
    });

    it('names as publisher only a document a home institution published', () => {
      expect(data.documents!.find((d) => d.file.startsWith('002_'))!.institution).to.equal(null);
    });

    it('keeps programmes without a partner place as what they are', () => {
      const placeless = data.partnerships.filter((p) => p.kind !== 'partnership');
      expect(placeless.map((p) => p.kind)).to.include.members(['research-funding', 'research-project', 'doctoral-programme', 'network']);
      expect(placeless.every((p) => p.partners.length === 0)).to.equal(true);
    });
  });
});
