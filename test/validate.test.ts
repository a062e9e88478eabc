import { expect } from '@open-wc/testing';
import { validateDataset } from '../src/data/validate.js';
import { describeIssue } from '../src/data/messages.js';
import { smallDataset } from './fixtures/small-dataset.js';

const messages = (raw: unknown) => validateDataset(raw).issues.map(describeIssue);

// What each recovery rule does is test/recovery.test.ts's; here, the validator as a whole.
describe('validation', () => {
  it('accepts a valid dataset whole, without touching it', () => {
    const input = smallDataset();
    const frozen = JSON.stringify(input);
    const { data, issues } = validateDataset(input);
    expect(issues).to.deep.equal([]);
    expect(data!.partnerships.map((p) => p.id)).to.deep.equal(['alpha-bamako', 'alpha-hanoi', 'beta-kenya', 'beta-network']);
    expect(JSON.stringify(input)).to.equal(frozen);
    // A domain the file does not label takes the bundled list's label.
    expect(data!.domains!['palliative-care']).to.deep.equal({ fr: 'Soins palliatifs', en: 'Palliative care', ar: 'الرعاية التلطيفية' });
  });

  it('says where a bad number is, what was expected, what was found and what was done', () => {
    const input = smallDataset();
    (input.partnerships[0].partners[0] as { lat: unknown }).lat = '12,64';
    expect(messages(input)).to.deep.equal([
      'partnerships[0].partners[0].lat : on attendait un nombre entre -90 et 90, reçu "12,64" ; placé au centre du pays (Mali), comme lieu connu au niveau du pays',
    ]);
    input.partnerships[0].partners[0].lat = 112.64;
    expect(messages(input)).to.deep.equal([
      'partnerships[0].partners[0].lat : on attendait un nombre entre -90 et 90, reçu 112.64 ; placé au centre du pays (Mali), comme lieu connu au niveau du pays',
    ]);
  });

  it('keeps every record that can be shown, with its valid values', () => {
    const input = smallDataset();
    (input.partnerships[1] as { status: string }).status = 'actif';
    (input.events[0] as { date: unknown }).date = { start: '26/05/2017' };
    const { data, issues } = validateDataset(input);
    expect(data!.partnerships.map((p) => p.id)).to.deep.equal(['alpha-bamako', 'alpha-hanoi', 'beta-kenya', 'beta-network']);
    // Words are for spreadsheets (test/words.test.ts): JSON says the schema's ids.
    expect(data!.partnerships[1].status).to.equal('unknown');
    expect(data!.events.map((e) => e.id)).to.deep.equal(['e-2014', 'e-decade', 'e-planned', 'e-context']);
    expect(issues.map(describeIssue)).to.deep.equal([
      'partnerships[1].status : on attendait l\'une des valeurs "active", "planned", "under-study", "ended", "unknown", reçu "actif" ; remplacé par la valeur par défaut « unknown »',
      'events[0].date.start : on attendait une date comme 2017, 2017-05, 2017-05-26 ou 198X, reçu "26/05/2017" ; événement écarté : il n\'a pas d\'autre date lisible',
    ]);
  });

  it('reports missing fields, unknown fields, duplicates and dangling references, each with what was done', () => {
    const input = smallDataset();
    delete (input.partnerships[0] as Partial<(typeof input.partnerships)[0]>).title;
    (input.partnerships[2] as unknown as Record<string, unknown>).colour = 'red';
    input.partnerships[3].id = 'beta-kenya';
    input.events[4].institution = 'gamma';
    expect(messages(input)).to.deep.equal([
      "partnerships[0] : le champ obligatoire « title » manque ; \"l'hôpital du Point G\" sert de titre",
      'partnerships[2] : champ inconnu « colour » (vérifiez son orthographe) ; ignoré',
      "partnerships[3].id : l'identifiant « beta-kenya » est déjà utilisé par un autre enregistrement ; celui-ci est renommé « beta-kenya-2 »",
      "events[4].institution : aucun établissement n'a l'identifiant « gamma » ; gardé, montré sans son établissement",
    ]);
    expect(validateDataset(input).data!.partnerships.map((p) => p.id)).to.deep.equal(['alpha-bamako', 'alpha-hanoi', 'beta-kenya', 'beta-kenya-2']);
  });

  it('names an impossible day and a period that ends before it starts', () => {
    const input = smallDataset();
    input.partnerships[0].since = { start: '2023-02-29' };
    input.events[0].date = { start: '2017', end: '2016' };
    expect(messages(input)).to.deep.equal([
      "partnerships[0].since.start : date impossible \"2023-02-29\" : le 29 février n'existe pas en 2023 ; gardé comme inconnu",
      'events[0].date : la période finit (2016) avant de commencer (2017) ; valeur ignorée',
    ]);
    expect(validateDataset(input).data!.events.find((e) => e.id === 'e-2016')!.date).to.deep.equal({ start: '2017' });
  });

  it('checks citations against the documents list when there is one, and keeps them', () => {
    const input = smallDataset();
    input.partnerships[1].sources = [{ document: 'other.txt', quote: 'x' }];
    expect(messages(input)).to.deep.equal([
      "partnerships[1].sources[0].document : le document « other.txt » n'est pas dans la liste des documents ; citation gardée, avec ce nom de document",
    ]);
    delete input.documents;
    expect(messages(input)).to.deep.equal([]);
  });

  it('refuses only what is not a dataset at all', () => {
    for (const [raw, first] of [
      [[1, 2], 'Racine du fichier : on attendait un objet, reçu une liste'],
      ['text', 'Racine du fichier : on attendait un objet, reçu "text"'],
      [{ version: 2, institutions: [], partnerships: [], events: [] }, 'version : on attendait l\'une des valeurs 1, reçu 2'],
      [{ version: 1, institutions: [], partnerships: {}, events: [] }, 'partnerships : on attendait une liste, reçu {}'],
      [{ version: 1, institutions: [], events: [] }, 'Racine du fichier : le champ obligatoire « partnerships » manque'],
    ] as const) {
      const result = validateDataset(raw);
      expect(result.data, JSON.stringify(raw)).to.equal(null);
      expect(result.issues.map(describeIssue)[0]).to.equal(first);
    }
  });

  it('accepts text in any language; an empty title gives way to the partner’s name', () => {
    const input = smallDataset();
    input.partnerships[0].title = { ar: 'شراكة' };
    input.partnerships[1].title = {};
    expect(messages(input)).to.deep.equal(['partnerships[1].title : valeur vide ; "Hôpital E" sert de titre']);
    expect(validateDataset(input).data!.partnerships[0].title).to.deep.equal({ ar: 'شراكة' });
  });

  it('keeps a caveat on since and what the file says of its translations, leaving out what does not fit', () => {
    const input = smallDataset();
    input.partnerships[0].sinceNote = { fr: 'date incertaine', en: 3 as unknown as string };
    input.translations = { ar: { by: 'machine', reviewed: false }, en: { by: 'robot', reviewed: 'no' } as never };
    expect(messages(input)).to.deep.equal([
      'translations.en.by : on attendait l\'une des valeurs "native", "non-native", "machine", reçu "robot" ; ignoré',
      'translations.en.reviewed : on attendait vrai ou faux (true/false), reçu "no" ; ignoré',
      'partnerships[0].sinceNote.en : on attendait un texte, reçu 3 ; valeur ignorée',
    ]);
    const { data } = validateDataset(input);
    expect(data!.partnerships[0].sinceNote).to.deep.equal({ fr: 'date incertaine' });
    expect(data!.translations).to.deep.equal({ ar: { by: 'machine', reviewed: false } });
  });
});
