/**
 * One test per recovery rule (src/data/recovery-rules.ts), each through JSON and through a
 * CSV sheet: a bad value costs that value, with a message naming the path (JSON) or the row
 * and column (CSV) and saying what was done; a record is set aside only when it cannot be
 * shown at all.
 */
import { expect } from '@open-wc/testing';
import { readText, type LoadResult } from '../src/data/load.js';
import type { CooperationDataset } from '../src/data/schema.generated.js';
import { validateDataset } from '../src/data/validate.js';
import { describeIssue } from '../src/data/messages.js';
import { pathOf, segmentsOf } from '../src/data/record-paths.js';
import { smallDataset } from './fixtures/small-dataset.js';

type Loaded = Extract<LoadResult, { status: 'loaded' }>;

function load(text: string): Loaded {
  const result = readText(text);
  expect(result.status, text.slice(0, 200)).to.equal('loaded');
  return result as Loaded;
}
const json = (change: (d: CooperationDataset) => void) => {
  const data = smallDataset();
  change(data);
  return load(JSON.stringify(data));
};
const messages = (r: Loaded) => (r.rejected?.issues ?? []).map((i) => i.message);

const HEADER = 'type;id;institution;partnership;title_fr;partner_fr;city;country;lat;lon;precision;status;kind;since;date;date_end';
/** A French Excel sheet: one institution (row 2), partnership "p" (row 3), its events (rows 4, 5), and `rows` after them. */
const sheet = (partnership: Record<string, string> = {}, ...rows: string[]) => {
  const p = { lat: '35,69', lon: '-0,63', country: 'DZ', status: 'active', kind: '', since: '2016', title_fr: 'Exemple – Oran', ...partnership };
  return load(
    '\uFEFF' +
      [
        HEADER,
        'institution;home;;;CHU Exemple;;Tours;FR;47,39;0,68;city;;;;;',
        `partnership;p;home;;${p.title_fr};CHU d'Oran;Oran;${p.country};${p.lat};${p.lon};city;${p.status};${p.kind};${p.since};;`,
        'event;e1;home;p;Convention;;;;;;;done;agreement;;15/03/2016;',
        'event;e2;home;p;Mission;;;;;;;done;mission;;10/10/2019;17/10/2019',
        ...rows,
      ].join('\r\n') + '\r\n',
  );
};

describe('recovery: a bad value costs that value, not its record', () => {
  it('a key made of what paths are made of ("[ ", "a.b") costs that key, not its record, and its path reads back', () => {
    const result = json((d) => {
      (d.events[0].title as Record<string, string>)['[ '] = 'x';
      (d.partnerships[0].title as Record<string, string>)['a.b'] = 'y';
    });
    expect(result.dataset.events.map((e) => e.id)).to.include(smallDataset().events[0].id);
    expect(result.dataset.partnerships.map((p) => p.id)).to.include(smallDataset().partnerships[0].id);
    const paths = (result.rejected?.issues ?? []).map((i) => i.path);
    expect(paths).to.include('events[0].title["[ "]');
    expect(paths).to.include('partnerships[0].title["a.b"]');
    expect(segmentsOf('events[0].title["[ "]')).to.deep.equal(['events', 0, 'title', '[ ']);
    expect(pathOf(['partnerships', 0, 'title', 'a.b'])).to.equal('partnerships[0].title["a.b"]');
  });

  it('an unreadable latitude falls back to the country position, at the country level', () => {
    const fromJson = json((d) => ((d.partnerships[0].partners[0] as { lat: unknown }).lat = '12°38'));
    const partner = fromJson.dataset.partnershipById.get('alpha-bamako')!.partners[0];
    expect(partner).to.include({ precision: 'country', lat: 17.3, lon: -3.6, city: 'Bamako' });
    expect(messages(fromJson)).to.deep.equal(['partnerships[0].partners[0].lat : on attendait un nombre entre -90 et 90, reçu "12°38" ; placé au centre du pays (Mali), comme lieu connu au niveau du pays']);
    // Its events stay.
    expect(fromJson.dataset.eventsByPartnership.get('alpha-bamako')).to.have.length(2);

    const fromCsv = sheet({ lat: '35°41' });
    expect(fromCsv.dataset.partnershipById.get('p')!.partners[0]).to.include({ precision: 'country', lat: 28.1, lon: 2.6 });
    expect(messages(fromCsv)).to.deep.equal(['Ligne 3, colonne « lat » : on attendait un nombre entre -90 et 90, reçu "35°41" ; placé au centre du pays (Algérie), comme lieu connu au niveau du pays']);
    expect(fromCsv.dataset.events.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
  });

  it('without a valid country, the partner is kept without a place (the table and the cards still show it)', () => {
    const fromJson = json((d) => {
      (d.partnerships[0].partners[0] as { lon: unknown }).lon = 'ouest';
      (d.partnerships[0].partners[0] as { country: unknown }).country = 'Mali du Sud';
    });
    expect(fromJson.dataset.partnershipById.get('alpha-bamako')!.partners[0]).to.include({ lat: null, lon: null, country: null, city: 'Bamako' });
    expect(messages(fromJson)).to.deep.equal([
      'partnerships[0].partners[0].country : on attendait un code pays ISO de deux lettres majuscules (par exemple « ML » pour le Mali), reçu "Mali du Sud" ; gardé comme inconnu',
      'partnerships[0].partners[0].lon : on attendait un nombre entre -180 et 180, reçu "ouest" ; gardé sans lieu : il figure dans le tableau et les fiches, pas sur la carte',
    ]);

    const fromCsv = sheet({ lat: 'nord', country: 'XX1' });
    expect(fromCsv.dataset.partnershipById.get('p')!.partners[0]).to.include({ lat: null, lon: null, country: null });
    expect(messages(fromCsv)[1]).to.equal('Ligne 3, colonne « lat » : on attendait un nombre entre -90 et 90, reçu "nord" ; gardé sans lieu : il figure dans le tableau et les fiches, pas sur la carte');
  });

  it('an invalid or unknown status becomes unknown; an invalid since becomes unknown; an invalid kind becomes the default', () => {
    const fromJson = json((d) => {
      (d.partnerships[1] as { status: string }).status = 'actif-ish';
      (d.partnerships[1] as { since: unknown }).since = { start: '2023-02-30' };
      (d.partnerships[1] as { kind: string }).kind = 'jumelage';
      (d.events[0] as { kind: string }).kind = 'fête';
    });
    expect(fromJson.dataset.partnershipById.get('alpha-hanoi')).to.include({ status: 'unknown', since: null, kind: 'partnership' });
    expect(fromJson.dataset.eventById.get('e-2016')!.kind).to.equal('other');
    expect(messages(fromJson)).to.include('partnerships[1].kind : on attendait l\'une des valeurs "partnership", "research-funding", "research-project", "doctoral-programme", "training-programme", "network", "patient-programme", reçu "jumelage" ; remplacé par la valeur par défaut « partnership »');
    expect(messages(fromJson)).to.include('partnerships[1].since.start : date impossible "2023-02-30" : le 30 février n\'existe pas ; gardé comme inconnu');

    const fromCsv = sheet({ status: 'suspendu', since: '31/04/2016', kind: 'jumelage' });
    expect(fromCsv.dataset.partnershipById.get('p')).to.include({ status: 'unknown', since: null, kind: 'partnership' });
    expect(messages(fromCsv)).to.deep.equal([
      'Ligne 3, colonne « kind » : on attendait l\'une des valeurs "partnership", "research-funding", "research-project", "doctoral-programme", "training-programme", "network", "patient-programme", reçu "jumelage" ; remplacé par la valeur par défaut « partnership »',
      'Ligne 3, colonne « status » : on attendait l\'une des valeurs "active", "planned", "under-study", "ended", "unknown", reçu "suspendu" ; remplacé par la valeur par défaut « unknown »',
      'Ligne 3, colonne « since » : date impossible "31/04/2016" : le 31 avril n\'existe pas ; gardé comme inconnu',
    ]);
  });

  it('an impossible date names itself; the event without another readable date is the only record set aside', () => {
    const fromCsv = sheet({}, 'event;e3;home;p;Formation;;;;;;;done;training;;31/02/2023;', 'event;e4;home;p;Visite;;;;;;;done;visit;;31/02/2023;03/03/2023');
    expect(fromCsv.dataset.events.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e4']);
    expect(fromCsv.dataset.eventById.get('e4')!.date).to.deep.equal({ start: '2023-03-03' });
    expect(messages(fromCsv)).to.deep.equal([
      'Ligne 6, colonne « date » : date impossible "31/02/2023" : le 31 février n\'existe pas ; événement écarté : il n\'a pas d\'autre date lisible',
      'Ligne 7, colonne « date » : date impossible "31/02/2023" : le 31 février n\'existe pas ; sa date de fin (2023-03-03) est gardée comme date',
    ]);
    expect(fromCsv.rejected!.message).to.equal('Dans le fichier de données : 1 enregistrement écarté, 1 valeur corrigée ; tout le reste est affiché.');

    const fromJson = json((d) => (d.events[1].date = { start: '2023-02-29' }));
    expect(fromJson.dataset.eventById.has('e-2014')).to.equal(false);
    expect(fromJson.dataset.events).to.have.length(4);
    expect(messages(fromJson)).to.deep.equal(["events[1].date.start : date impossible \"2023-02-29\" : le 29 février n'existe pas en 2023 ; événement écarté : il n'a pas d'autre date lisible"]);
  });

  it('the events of a partnership set aside stay on the timeline, marked as belonging to an unknown partnership', () => {
    const fromJson = json((d) => (d.partnerships[0].id = 'Alpha Bamako'));
    expect(fromJson.dataset.partnershipById.has('alpha-bamako')).to.equal(false);
    expect(fromJson.dataset.events.filter((e) => e.unknownPartnership === 'alpha-bamako').map((e) => e.id)).to.deep.equal(['e-2014', 'e-2016']);
    // Shown as belonging to none: nothing selects a partnership that is not there; the repaired data keeps the id as written.
    expect(fromJson.dataset.eventById.get('e-2014')!.partnership).to.equal(null);
    expect(fromJson.data!.events.find((e) => e.id === 'e-2014')!.partnership).to.equal('alpha-bamako');
    expect(messages(fromJson)).to.deep.equal([
      'partnerships[0].id : on attendait un identifiant en minuscules, chiffres et tirets (par exemple « angers-tlemcen »), reçu "Alpha Bamako" ; enregistrement écarté : sans identifiant utilisable, il ne peut pas être montré',
      "events[0].partnership : aucun partenariat du fichier n'a l'identifiant « alpha-bamako » ; l'événement reste sur la chronologie, rattaché à un partenariat inconnu",
      "events[1].partnership : aucun partenariat du fichier n'a l'identifiant « alpha-bamako » ; l'événement reste sur la chronologie, rattaché à un partenariat inconnu",
    ]);

    const fromCsv = sheet({ title_fr: '' }, 'partnership;;home;;Sans identifiant;X;Blida;DZ;36,47;2,83;city;active;;;;');
    expect(fromCsv.dataset.events.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
    // A partnership without a title is called by its partner's name.
    expect(fromCsv.dataset.partnershipById.get('p')!.title).to.deep.equal({ fr: "CHU d'Oran" });
    expect(messages(fromCsv)).to.deep.equal([
      'Ligne 3, colonne « title_fr » : cellule vide ; "CHU d\'Oran" sert de titre',
      'Ligne 6, colonne « id » : cellule vide ; enregistrement écarté : sans identifiant utilisable, il ne peut pas être montré',
    ]);
  });

  it('a duplicate id is renamed, or set aside when it is the same record again: never merged silently', () => {
    const fromJson = json((d) => {
      d.events[4].id = 'e-2016';
      d.events.push(structuredClone(d.events[0]));
    });
    expect(fromJson.dataset.events.map((e) => e.id).sort()).to.deep.equal(['e-2014', 'e-2016', 'e-2016-2', 'e-decade', 'e-planned']);
    expect(messages(fromJson)).to.deep.equal([
      "events[4].id : l'identifiant « e-2016 » est déjà utilisé par un autre enregistrement ; celui-ci est renommé « e-2016-2 »",
      "events[5] : l'identifiant « e-2016 » est déjà utilisé par un autre enregistrement ; enregistrement écarté : c'est la copie d'un enregistrement précédent",
    ]);
    // CSV: further rows with the same id add partners; one with a title of its own is another partnership.
    const fromCsv = sheet({}, "partnership;p;;;;Faculté de médecine d'Oran;Oran;DZ;35,70;-0,61;city;;;;;", 'partnership;p;home;;Exemple – Blida;CHU de Blida;Blida;DZ;36,47;2,83;city;active;;;;');
    expect(fromCsv.dataset.partnershipById.get('p')!.partners).to.have.length(2);
    expect(fromCsv.dataset.partnershipById.get('p-2')!.title).to.deep.equal({ fr: 'Exemple – Blida' });
    expect(messages(fromCsv)).to.deep.equal(["Ligne 7, colonne « id » : l'identifiant « p » est déjà utilisé par un autre enregistrement ; celui-ci est renommé « p-2 »"]);
  });

  it('sets a record aside only when it cannot be shown at all', () => {
    const fromJson = json((d) => {
      delete (d.partnerships[1] as Partial<(typeof d.partnerships)[1]>).title;
      d.partnerships[1].partners = [{ name: null, country: null, precision: 'city' }];
      (d.events[4] as { date: unknown }).date = 'bientôt';
      delete (d.events[0] as Partial<(typeof d.events)[0]>).title;
    });
    expect(fromJson.dataset.partnershipById.has('alpha-hanoi')).to.equal(false);
    expect(fromJson.dataset.eventById.has('e-context')).to.equal(false);
    // An event without a title takes its partnership's.
    expect(fromJson.dataset.eventById.get('e-2016')!.title).to.deep.equal({ fr: 'Alpha – Bamako : chirurgie cardiaque', en: 'Alpha – Bamako: cardiac surgery' });
    expect(fromJson.rejected!.issues!.filter((i) => i.severity === 'error').map((i) => i.message)).to.deep.equal([
      'partnerships[1] : le champ obligatoire « title » manque ; enregistrement écarté : rien ne le nomme ni ne le situe (ni titre, ni partenaire nommé, ni lieu)',
      "events[4].date : on attendait un objet, reçu \"bientôt\" ; événement écarté : il n'a pas d'autre date lisible",
    ]);
  });

  it('a value that names something else is read as it: the only institution, a name for an id', () => {
    const fromCsv = load(
      [
        'type;id;institution;partnership;title_fr;partner_fr;city;country;status;date',
        'institution;home;;;CHU Exemple;;Tours;FR;;',
        'partnership;p;;;Exemple – Oran;CHU;Oran;Algérie;en cours;',
        'event;e1;CHU Exemple;p;Visite;;;;;2019',
      ].join('\n'),
    );
    expect(fromCsv.dataset.partnershipById.get('p')).to.include({ institution: 'home', status: 'active' });
    expect(fromCsv.dataset.partnershipById.get('p')!.partners[0].country).to.equal('DZ');
    expect(fromCsv.dataset.eventById.get('e1')!.institution).to.equal('home');
    // Read another way, not corrected: information, no coop-error.
    expect(fromCsv.rejected).to.equal(null);
    const readOtherwise = fromCsv.issues!.filter((i) => i.code !== 'missing-coordinates');
    expect(readOtherwise.map((i) => i.action?.do)).to.deep.equal(['attached', 'attached']);
    expect(readOtherwise.map(describeIssue)).to.deep.equal([
      'Ligne 3, colonne « institution » : cellule vide ; rattaché à « home », le seul établissement du fichier',
      'Ligne 4, colonne « institution » : on attendait un identifiant en minuscules, chiffres et tirets (par exemple « angers-tlemcen »), reçu "CHU Exemple" ; lu comme « home »',
    ]);
  });

  it('a place without coordinates is drawn at its country’s position; half a pair of coordinates is completed the same way', () => {
    const fromCsv = sheet({ lat: '', lon: '' }, 'partnership;q;home;;Exemple – Cotonou;CNHU-HKM;Cotonou;BJ;6,36;;city;active;;;;', 'partnership;r;home;;Exemple – Nulle part;Hôpital;;;;2,41;city;active;;;;');
    expect(fromCsv.dataset.partnershipById.get('p')!.partners[0]).to.include({ lat: 28.1, lon: 2.6, precision: 'country', city: 'Oran' });
    expect(fromCsv.dataset.partnershipById.get('q')!.partners[0]).to.include({ lat: 9.6, lon: 2.3, precision: 'country' });
    // Without a country, the lone coordinate goes: the partner is listed without a place.
    expect(fromCsv.dataset.partnershipById.get('r')!.partners[0]).to.include({ lat: null, lon: null });
    expect(fromCsv.issues!.map((i) => [describeIssue(i), i.action?.do])).to.deep.equal([
      ['Ligne 3, colonne « lat » : pas de coordonnées (lat, lon) ; placé au centre du pays (Algérie), comme lieu connu au niveau du pays', 'country-position'],
      ['Ligne 6, colonne « lon » : la coordonnée « lon » manque ; placé au centre du pays (Bénin), comme lieu connu au niveau du pays', 'country-position'],
      ['Ligne 7, colonne « lat » : la coordonnée « lat » manque ; gardé sans lieu : il figure dans le tableau et les fiches, pas sur la carte', 'unlocated'],
    ]);
    // Nothing written was wrong in the first: information; the other two are corrections.
    expect(fromCsv.rejected!.issues!.map((i) => i.severity)).to.deep.equal(['info', 'warning', 'warning']);
    expect(fromCsv.rejected!.message).to.equal('Dans le fichier de données : 2 valeurs corrigées ; tout le reste est affiché.');
  });

  it('a record with an id is shown under a title made from what it has: a partner’s name or place, its country, its id', () => {
    const fromJson = json((d) => {
      delete (d.partnerships[2] as Partial<(typeof d.partnerships)[2]>).title;
      d.partnerships[2].partners = [{ name: null, city: null, country: 'KE', lat: 0.6, lon: 37.8, precision: 'country' }];
      delete (d.events[4] as Partial<(typeof d.events)[4]>).title;
    });
    expect(fromJson.dataset.partnershipById.get('beta-kenya')!.title).to.deep.equal({ fr: 'Kenya', en: 'Kenya', ar: 'كينيا' });
    // An event of no partnership is called by its id.
    expect(fromJson.dataset.eventById.get('e-context')!.title).to.deep.equal({ fr: 'e-context' });
    expect(messages(fromJson)).to.deep.equal([
      'partnerships[2] : le champ obligatoire « title » manque ; "Kenya" sert de titre',
      'events[4] : le champ obligatoire « title » manque ; "e-context" sert de titre',
    ]);
  });

  it('nothing of the caller’s data is modified', () => {
    const data = smallDataset();
    (data.partnerships[0].partners[0] as { lat: unknown }).lat = 'x';
    (data.events[0] as { kind: string }).kind = 'y';
    const before = JSON.stringify(data);
    const { data: repaired } = validateDataset(data);
    expect(repaired!.events[0].kind).to.equal('other');
    expect(JSON.stringify(data)).to.equal(before);
  });
});
