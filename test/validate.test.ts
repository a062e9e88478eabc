import { expect } from '@open-wc/testing';
import { validateDataset } from '../src/data/validate.js';
import { describeIssue } from '../src/data/messages.js';
import { smallDataset } from './fixtures/small-dataset.js';

const messages = (raw: unknown) => validateDataset(raw).issues.map(describeIssue);

describe('validation', () => {
  it('accepts a valid dataset whole, without touching it', () => {
    const input = smallDataset();
    const frozen = JSON.stringify(input);
    const { data, issues } = validateDataset(input);
    expect(issues).to.deep.equal([]);
    expect(data!.partnerships.map((p) => p.id)).to.deep.equal(['alpha-bamako', 'alpha-hanoi', 'beta-kenya', 'beta-network']);
    expect(JSON.stringify(input)).to.equal(frozen);
  });

  it('says where a bad number is, what was expected and what was found', () => {
    const input = smallDataset();
    (input.partnerships[0].partners[0] as { lat: unknown }).lat = '12,64';
    // The partnership's events go with it, each with its own reason.
    const orphans = [
      "events[0].partnership : aucun partenariat valide n'a l'identifiant « alpha-bamako »",
      "events[1].partnership : aucun partenariat valide n'a l'identifiant « alpha-bamako »",
    ];
    expect(messages(input)).to.deep.equal([
      'partnerships[0].partners[0].lat : on attendait un nombre entre -90 et 90, reçu "12,64"',
      ...orphans,
    ]);
    input.partnerships[0].partners[0].lat = 112.64;
    expect(messages(input)).to.deep.equal([
      'partnerships[0].partners[0].lat : on attendait un nombre entre -90 et 90, reçu 112.64',
      ...orphans,
    ]);
  });

  it('keeps the valid records and sets the invalid ones aside', () => {
    const input = smallDataset();
    (input.partnerships[1] as { status: string }).status = 'actif';
    (input.events[0] as { date: unknown }).date = { start: '26/05/2017' };
    const { data, issues } = validateDataset(input);
    expect(data!.partnerships.map((p) => p.id)).to.deep.equal(['alpha-bamako', 'beta-kenya', 'beta-network']);
    // The events of the rejected partnership go too, with their own reason.
    expect(data!.events.map((e) => e.id)).to.deep.equal(['e-2014', 'e-context']);
    const text = issues.map(describeIssue);
    expect(text).to.include(
      'partnerships[1].status : on attendait l\'une des valeurs "active", "planned", "under-study", "ended", "unknown", reçu "actif"',
    );
    expect(text).to.include('events[0].date.start : on attendait une date comme 2017, 2017-05, 2017-05-26 ou 198X, reçu "26/05/2017"');
    expect(text).to.include('events[2].partnership : aucun partenariat valide n\'a l\'identifiant « alpha-hanoi »');
  });

  it('reports missing fields, unknown fields, duplicates and dangling references', () => {
    const input = smallDataset();
    delete (input.partnerships[0] as Partial<(typeof input.partnerships)[0]>).title;
    (input.partnerships[2] as unknown as Record<string, unknown>).colour = 'red';
    input.partnerships[3].id = 'beta-kenya';
    input.events[4].institution = 'gamma';
    expect(messages(input)).to.deep.equal([
      'partnerships[0] : le champ obligatoire « title » manque',
      'partnerships[2] : champ inconnu « colour » (vérifiez son orthographe)',
      "events[0].partnership : aucun partenariat valide n'a l'identifiant « alpha-bamako »",
      "events[1].partnership : aucun partenariat valide n'a l'identifiant « alpha-bamako »",
      "events[4].institution : aucune institution n'a l'identifiant « gamma »",
    ]);
    // partnerships[3] ("beta-kenya" again) is valid once [2] is gone: ids are unique among kept records.
    expect(validateDataset(input).data!.partnerships.map((p) => p.id)).to.deep.equal(['alpha-hanoi', 'beta-kenya']);
  });

  it('refuses a duplicate id and an impossible date', () => {
    const input = smallDataset();
    input.events[4].id = 'e-planned';
    input.partnerships[0].since = { start: '2023-02-29' };
    const text = messages(input);
    expect(text[0]).to.equal('partnerships[0].since : date impossible ou période qui finit avant de commencer : {"start":"2023-02-29"}');
    expect(text).to.include("events[4] : l'identifiant « e-planned » est déjà utilisé par un autre enregistrement");
    input.partnerships[0].since = { start: '2017', end: '2016' };
    expect(messages(input)[0]).to.equal(
      'partnerships[0].since : date impossible ou période qui finit avant de commencer : {"start":"2017","end":"2016"}',
    );
  });

  it('checks citations against the documents list when there is one', () => {
    const input = smallDataset();
    input.partnerships[1].sources = [{ document: 'other.txt', quote: 'x' }];
    expect(messages(input)).to.deep.equal([
      "partnerships[1].sources[0].document : le document « other.txt » n'est pas dans la liste des documents",
      "events[2].partnership : aucun partenariat valide n'a l'identifiant « alpha-hanoi »",
      "events[3].partnership : aucun partenariat valide n'a l'identifiant « alpha-hanoi »",
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

  it('accepts text in any language and refuses an empty one', () => {
    const input = smallDataset();
    input.partnerships[0].title = { ar: 'شراكة' };
    input.partnerships[1].title = {};
    expect(messages(input)[0]).to.equal('partnerships[1].title : valeur vide');
    expect(validateDataset(input).data!.partnerships[0].title).to.deep.equal({ ar: 'شراكة' });
  });
});
