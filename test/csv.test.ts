import { expect } from '@open-wc/testing';
import { detectDelimiter, parseCsvDataset, readDate, readNumber } from '../src/data/csv.js';
import { readText } from '../src/data/load.js';

const HEADER = 'type;id;institution;partnership;title_fr;title_en;partner_fr;city;country;lat;lon;precision;status;kind;since;date;date_end;domains';
/** A sheet as a French Excel saves it: byte-order mark, `;`, CRLF, decimal commas. */
const frenchExcel = (...rows: string[]) => '\uFEFF' + [HEADER, ...rows].join('\r\n') + '\r\n;;;;;;;;;;;;;;;;;\r\n';

describe('CSV: reading spreadsheet cells', () => {
  it('detects the separator from the header', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).to.equal(';');
    expect(detectDelimiter('a,b,c\n1;2;3')).to.equal(',');
    expect(detectDelimiter('a\tb\tc')).to.equal('\t');
    expect(detectDelimiter('"a;x",b,c')).to.equal(',');
  });

  it('reads decimal commas and points, and leaves anything else for validation to name', () => {
    expect(readNumber('12,64')).to.equal(12.64);
    expect(readNumber('-8.0029')).to.equal(-8.0029);
    expect(readNumber(' 47 ')).to.equal(47);
    expect(readNumber('')).to.equal(null);
    expect(readNumber('12°38′N')).to.equal('12°38′N');
  });

  it('reads ISO and French dates', () => {
    expect(readDate('26/05/2017')).to.equal('2017-05-26');
    expect(readDate('1/6/2017')).to.equal('2017-06-01');
    expect(readDate('05/2017')).to.equal('2017-05');
    expect(readDate('2017')).to.equal('2017');
    expect(readDate('198X')).to.equal('198X');
  });
});

describe('CSV: a dataset from a French Excel export', () => {
  const text = frenchExcel(
    'institution;home;;;CHU Maison;Home Hospital;;Angers;FR;47,47;-0,55;city;;;;;;',
    'partnership;home-hanoi;home;;Maison – Hanoï;Home – Hanoi;Hôpital E;Hanoï;VN;21,03;105,85;city;active;;1991;;;cardiac-surgery|nursing',
    'partnership;home-hanoi;;;;;Hôpital Viêt Duc;Hanoï;vn;21,03;105,85;city;;;;;;',
    'event;home-caravan;home;home-hanoi;Caravane;Caravan;;;;;;;done;caravan;;26/05/2017;01/06/2017;',
  );

  it('builds institutions, partnerships with several partners, and events', () => {
    const { data, issues } = parseCsvDataset(text);
    expect(issues).to.deep.equal([]);
    expect(data.institutions).to.have.length(1);
    expect(data.institutions[0]).to.include({ id: 'home', lat: 47.47, lon: -0.55, country: 'FR' });
    expect(data.partnerships).to.have.length(1);
    const [p] = data.partnerships;
    expect(p.title).to.deep.equal({ fr: 'Maison – Hanoï', en: 'Home – Hanoi' });
    expect(p.partners.map((x) => x.name)).to.deep.equal([{ fr: 'Hôpital E' }, { fr: 'Hôpital Viêt Duc' }]);
    expect(p.partners[1].country).to.equal('VN');
    expect(p.since).to.deep.equal({ start: '1991' });
    expect(p.domains).to.deep.equal(['cardiac-surgery', 'nursing']);
    expect(data.events[0].date).to.deep.equal({ start: '2017-05-26', end: '2017-06-01' });
  });

  it('loads whole through the same validation as JSON', () => {
    const result = readText(text);
    expect(result.status).to.equal('loaded');
    if (result.status !== 'loaded') return;
    expect(result.rejected).to.equal(null);
    expect(result.dataset.partnerships[0].countries).to.deep.equal(['VN']);
    expect(result.dataset.events[0].interval.isRange).to.equal(true);
  });

  it('names the spreadsheet row, column and cell of each value it could not use, and what it did', () => {
    const result = readText(
      frenchExcel(
        'institution;home;;;CHU Maison;;;Angers;FR;47,47;-0,55;city;;;;;;',
        'partnership;home-bamako;home;;Maison – Bamako;;Point G;Bamako;ML;12°38;-8;city;active;;;;;',
        'partnership;home-lome;home;;Maison – Lomé;;CHU Sylvanus Olympio;Lomé;TG;6,13;1,22;city;actif;;;;;',
        'event;home-x;home;home-lome;Visite;;;;;;;;done;visit;;31/02/2017;;',
      ),
    );
    expect(result.status).to.equal('loaded');
    if (result.status !== 'loaded') return;
    // "actif" is a word for `active`: read as it, without a message.
    expect(result.dataset.partnerships.map((p) => [p.id, p.status])).to.deep.equal([['home-bamako', 'active'], ['home-lome', 'active']]);
    expect(result.rejected!.message).to.equal('Dans le fichier de données : 1 enregistrement écarté, 1 valeur corrigée ; tout le reste est affiché.');
    expect(result.rejected!.issues!.map((i) => [i.line, i.column, i.severity])).to.deep.equal([[3, 'lat', 'warning'], [5, 'date', 'error']]);
    expect(result.rejected!.issues!.map((i) => i.message)).to.deep.equal([
      'Ligne 3, colonne « lat » : on attendait un nombre entre -90 et 90, reçu "12°38" ; placé au centre du pays (Mali), comme lieu connu au niveau du pays',
      'Ligne 5, colonne « date » : date impossible "31/02/2017" : le 31 février n\'existe pas ; événement écarté : il n\'a pas d\'autre date lisible',
    ]);
  });

  it('reports unknown columns and row types instead of dropping them silently', () => {
    const { issues } = parseCsvDataset('type,id,lattitude\nplace,x,1\n');
    expect(issues).to.deep.equal([
      { path: '', code: 'unknown-column', column: 'lattitude', line: 1, action: { do: 'ignored' } },
      { path: '', code: 'unknown-row-type', got: 'place', line: 2, column: 'type', action: { do: 'ignored' } },
    ]);
  });
});
