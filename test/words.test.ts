/**
 * Spreadsheets as a French office writes them: the words the elements themselves display,
 * in every language they speak, are read back as the codes they display; French headers
 * read as English ones; domains written as labels name known domains.
 */
import { expect } from '@open-wc/testing';
import { eventKindLabel, partnershipKindLabel } from '../src/components/shared/kind-labels.js';
import { eventStatusLabel, partnershipStatusLabel } from '../src/components/shared/labels.js';
import { readText } from '../src/data/load.js';
import { EVENT_KINDS, EVENT_STATUSES, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, PRECISIONS, ORGANISATION_KINDS } from '../src/data/vocabulary.generated.js';
import { columnName, idForWord, WORDS } from '../src/data/words.js';
import { setLocale } from '../src/localization.js';

const raw = (name: string) => fetch(`/__raw/test/fixtures/own-data/${name}`).then((r) => r.text());

describe('words: a spreadsheet may say what the elements say', () => {
  after(() => setLocale(null));

  for (const locale of ['fr', 'en', 'ar']) {
    it(`reads every status and kind label the elements show in ${locale} as its code`, async () => {
      await setLocale(locale);
      const pairs: [Parameters<typeof idForWord>[0], readonly string[], (id: never) => string][] = [
        ['partnershipStatus', PARTNERSHIP_STATUSES, partnershipStatusLabel as (id: never) => string],
        ['eventStatus', EVENT_STATUSES, eventStatusLabel as (id: never) => string],
        ['partnershipKind', PARTNERSHIP_KINDS, partnershipKindLabel as (id: never) => string],
        ['eventKind', EVENT_KINDS, eventKindLabel as (id: never) => string],
      ];
      for (const [field, ids, label] of pairs) {
        for (const id of ids) {
          const shown = label(id as never);
          expect(idForWord(field, shown), `${field} « ${shown} »`).to.equal(id);
          // Each part of "Accord, convention" too.
          for (const part of shown.split(/[,،]\s*/)) expect(idForWord(field, part), `${field} « ${part} »`).to.equal(id);
        }
      }
    });
  }

  it('ignores case, accents, apostrophe styles, hyphens and spaces', () => {
    for (const cell of ["à l'étude", 'A L’ETUDE', 'under-study', 'Under_Study', '  a l etude ']) expect(idForWord('partnershipStatus', cell), cell).to.equal('under-study');
    expect(idForWord('partnershipStatus', 'en cours')).to.equal('active');
    expect(idForWord('partnershipStatus', 'prévu')).to.equal('planned');
    expect(idForWord('partnershipStatus', 'terminé')).to.equal('ended');
    expect(idForWord('eventStatus', 'réalisé')).to.equal('done');
    expect(idForWord('eventStatus', 'Prévue')).to.equal('planned');
    for (const [cell, id] of [['convention', 'agreement'], ['mission', 'mission'], ['visite', 'visit'], ['formation', 'training']]) expect(idForWord('eventKind', cell)).to.equal(id);
    for (const [cell, id] of [['ville', 'city'], ['pays', 'country'], ['Région', 'region'], ['province', 'region']]) expect(idForWord('precision', cell)).to.equal(id);
    expect(idForWord('partnershipStatus', 'peut-être')).to.equal(null);
  });

  it('has words for every code of the schema', () => {
    const fields: [keyof typeof WORDS, readonly string[]][] = [
      ['partnershipStatus', PARTNERSHIP_STATUSES],
      ['eventStatus', EVENT_STATUSES],
      ['partnershipKind', PARTNERSHIP_KINDS],
      ['eventKind', EVENT_KINDS],
      ['precision', PRECISIONS],
      ['organisationKind', ORGANISATION_KINDS],
    ];
    for (const [field, ids] of fields) expect(Object.keys(WORDS[field]).sort(), field).to.deep.equal([...ids].sort());
  });

  it('reads French column headers as the English ones', () => {
    const pairs = [
      ['titre_fr', 'title_fr'], ['Titre (FR)', 'title_fr'], ['ville', 'city'], ['pays', 'country'], ['latitude', 'lat'], ['Longitude', 'lon'],
      ['statut', 'status'], ['depuis', 'since'], ['date_fin', 'date_end'], ['Date de fin', null], ['domaines', 'domains'], ['région', 'region'],
      ['établissement', 'institution'], ['identifiant', 'id'], ['partenaire_fr', 'partner_fr'], ['résumé_fr', 'summary_fr'], ['lattitude', null],
    ] as const;
    for (const [header, name] of pairs) expect(columnName(header), header).to.equal(name);
  });

  it('renders a French-header, French-word sheet the same as the English one', async () => {
    const [english, french] = await Promise.all([raw('chu-exemple.csv'), raw('chu-exemple-fr.csv')]);
    const [a, b] = [readText(english), readText(french)];
    if (a.status !== 'loaded' || b.status !== 'loaded') throw new Error('not loaded');
    const shape = (d: typeof a.dataset) => JSON.stringify({ i: d.institutions, p: d.partnerships, e: d.events, d: d.domains });
    expect(shape(b.dataset)).to.equal(shape(a.dataset));
    expect(a.rejected).to.equal(null);
    expect(b.rejected).to.equal(null);
  });

  it('reads domains written as labels in any language as the known domain, and makes new ones of unknown labels', () => {
    const result = readText(
      [
        'type;id;institution;title_fr;title_en;city;country;domains',
        'institution;home;;Maison;;Tours;FR;',
        'partnership;p;home;P;;Oran;DZ;Chirurgie cardiaque | Kidney transplantation | néphrologie | Chirurgie maxillo-faciale | maxillofacial-surgery',
        'domain;maxillofacial-surgery;;Chirurgie maxillo-faciale;Maxillofacial surgery;;;',
      ].join('\n'),
    );
    if (result.status !== 'loaded') throw new Error('not loaded');
    const p = result.dataset.partnershipById.get('p')!;
    expect(p.domains).to.deep.equal(['cardiac-surgery', 'kidney-transplantation', 'nephrology', 'maxillofacial-surgery']);
    expect(result.dataset.domains['maxillofacial-surgery']).to.deep.equal({ fr: 'Chirurgie maxillo-faciale', en: 'Maxillofacial surgery' });
    expect(result.dataset.domains['cardiac-surgery']).to.deep.equal({ fr: 'Chirurgie cardiaque', en: 'Cardiac surgery', ar: 'جراحة القلب' });
    expect(result.rejected).to.equal(null);

    const unknown = readText('type;id;institution;title_fr;city;country;domains\ninstitution;home;;Maison;Tours;FR;\npartnership;p;home;P;Oran;DZ;Hématologie|orl-pediatrique');
    if (unknown.status !== 'loaded') throw new Error('not loaded');
    expect(unknown.dataset.domains).to.deep.equal({ hematologie: { fr: 'Hématologie' }, 'orl-pediatrique': { fr: 'Orl pediatrique' } });
    // Read another way: information, not an error.
    expect(unknown.rejected).to.equal(null);
    expect(unknown.issues!.filter((i) => i.code === 'domain-label').map((i) => i.action?.do)).to.deep.equal(['new-domain', 'new-domain']);
  });

  it('places a partner known only to its region between a city and a country', () => {
    const result = readText('type;id;institution;title_fr;partner_fr;région;pays;lat;lon\ninstitution;home;;Maison;;;FR;47;0\npartnership;p;home;P;Hôpital de Gusau;Zamfara;Nigeria;12,17;6,66');
    if (result.status !== 'loaded') throw new Error('not loaded');
    expect(result.dataset.partnershipById.get('p')!.partners[0]).to.include({ region: 'Zamfara', country: 'NG', precision: 'region', city: null });
  });
});
