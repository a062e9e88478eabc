import { expect } from '@open-wc/testing';
import { decodeText, loadDataset, loadSharedDataset, readText } from '../src/data/load.js';

// Fixtures are fetched raw (see web-test-runner.config.js), as a web server would send them.
const fixture = (name: string) => new URL(`/__raw/test/fixtures/${name}`, location.href).href;

describe('loader', () => {
  it('loads the bundled dataset when there is no src', async () => {
    const result = await loadDataset(null);
    expect(result.status).to.equal('loaded');
    if (result.status !== 'loaded') return;
    expect(result.rejected).to.equal(null);
    expect(result.dataset.institutions.map((i) => i.id)).to.include.members([
      'chu-angers',
      'aphp',
      'chu-clermont-ferrand',
      'institut-curie',
      'chu-marrakech',
    ]);
  });

  it('loads good JSON from a URL', async () => {
    const result = await loadDataset(fixture('small-dataset.json'));
    expect(result.status).to.equal('loaded');
    if (result.status !== 'loaded') return;
    expect(result.rejected).to.equal(null);
    expect(result.dataset.partnerships).to.have.length(4);
    expect(result.dataset.events.map((e) => e.id)).to.deep.equal(['e-decade', 'e-2014', 'e-2016', 'e-context', 'e-planned']);
    expect(result.dataset.eventsByPartnership.get('alpha-bamako')!.map((e) => e.id)).to.deep.equal(['e-2014', 'e-2016']);
  });

  it('loads the CSV template, as Excel saves it, from a URL', async () => {
    const result = await loadDataset('/data/example.csv');
    expect(result.status).to.equal('loaded');
    if (result.status !== 'loaded') return;
    expect(result.rejected).to.equal(null);
    expect(result.dataset.institutions[0].id).to.equal('chu-exemple');
    expect(result.dataset.partnershipById.get('exemple-hanoi')!.partners).to.have.length(2);
    expect(result.dataset.events.map((e) => e.id)).to.deep.equal([
      'exemple-debut',
      'exemple-mission-2016',
      'exemple-lome',
      'exemple-accords-2025',
    ]);
  });

  it('keeps both partnerships of the three-typo sheet and every event whose date exists, with a message for each cell it could not use', async () => {
    // The clean sheet and the same with a latitude "35°41", a status "en cours" and a date "31/02/2023" (test/fixtures/own-data/).
    const [clean, typos] = await Promise.all(['chu-exemple.csv', 'chu-exemple-typos.csv'].map((name) => loadDataset(fixture(`own-data/${name}`))));
    if (clean.status !== 'loaded' || typos.status !== 'loaded') throw new Error('not loaded');
    expect(clean.rejected).to.equal(null);
    expect(typos.dataset.partnerships.map((p) => p.id)).to.deep.equal(clean.dataset.partnerships.map((p) => p.id));
    expect(typos.dataset.partnershipById.get('exemple-cotonou')!.status).to.equal('active');
    expect(clean.dataset.events.map((e) => e.id)).to.deep.equal(['exemple-bureau', 'exemple-oran-convention', 'exemple-oran-mission', 'exemple-cotonou-formation']);
    // The one dated 31/02/2023 is the only record set aside.
    expect(typos.dataset.events.map((e) => e.id)).to.deep.equal(['exemple-bureau', 'exemple-oran-convention', 'exemple-oran-mission']);
    expect(typos.dataset.partnershipById.get('exemple-oran')!.partners.map((p) => [p.lat, p.lon, p.precision])).to.deep.equal([
      [28.1, 2.6, 'country'],
      [35.7089, -0.6169, 'city'],
    ]);
    expect(typos.rejected!.message).to.equal('Dans le fichier de données : 1 enregistrement écarté, 1 valeur corrigée ; tout le reste est affiché.');
    expect(typos.rejected!.issues!.filter((i) => i.severity !== 'info').map((i) => i.message)).to.deep.equal([
      'Ligne 3, colonne « lat » : on attendait un nombre entre -90 et 90, reçu "35°41" ; placé au centre du pays (Algérie), comme lieu connu au niveau du pays',
      'Ligne 8, colonne « date » : date impossible "31/02/2023" : le 31 février n\'existe pas ; événement écarté : il n\'a pas d\'autre date lisible',
    ]);
    // "en cours" is understood: no message names row 5's status.
    expect(typos.rejected!.issues!.filter((i) => i.column === 'status')).to.deep.equal([]);
  });

  it('gives an http error with the status for a missing file', async () => {
    const result = await loadDataset(fixture('missing.json'));
    expect(result).to.deep.include({ status: 'failed' });
    if (result.status !== 'failed') return;
    expect(result.error.type).to.equal('http');
    expect(result.error.status).to.equal(404);
    expect(result.error.message).to.match(/^Le fichier de données est introuvable \(erreur 404\) : http.*missing\.json$/);
  });

  it('gives one parse error for a file that is not JSON', async () => {
    const broken = await loadDataset(fixture('broken.json'));
    expect(broken.status).to.equal('failed');
    if (broken.status !== 'failed') return;
    expect(broken.error.type).to.equal('parse');
    expect(broken.error.message).to.match(/^Le fichier n'est pas du JSON valide \(.+\)\.$/);

    const html = await loadDataset(fixture('page.html'));
    expect(html.status === 'failed' && html.error).to.deep.equal({
      type: 'parse',
      message: "Le fichier reçu est une page web (HTML), pas des données JSON ou CSV : vérifiez l'adresse dans l'attribut src.",
    });

    const garbage = await loadDataset(fixture('garbage.dat'));
    expect(garbage.status === 'failed' && garbage.error.type).to.equal('parse');
    expect(readText('   ')).to.deep.equal({ status: 'failed', error: { type: 'parse', message: 'Le fichier de données est vide.' } });
  });

  it('gives one schema error for JSON of the wrong shape', () => {
    const result = readText('[{"id": "chu-angers"}]');
    expect(result.status).to.equal('failed');
    if (result.status !== 'failed') return;
    expect(result.error.type).to.equal('schema');
    expect(result.error.message).to.equal('Le fichier ne contient pas de données de coopération au format attendu.');
    expect(result.error.issues).to.deep.equal([{ path: '', severity: 'error', message: 'Racine du fichier : on attendait un objet, reçu une liste' }]);
  });

  it('keeps every record of partially invalid data and reports what it could not use', async () => {
    const response = await fetch(fixture('small-dataset.json'));
    const data = await response.json();
    data.partnerships[2].partners[0].lat = '12,64';
    data.partnerships[3].id = 'Réseau';
    const result = readText(JSON.stringify(data));
    expect(result.status).to.equal('loaded');
    if (result.status !== 'loaded') return;
    expect(result.dataset.partnerships.map((p) => p.id)).to.deep.equal(['alpha-bamako', 'alpha-hanoi', 'beta-kenya']);
    expect(result.dataset.partnerships[2].partners[0]).to.include({ lat: 0.6, lon: 37.8, precision: 'country' });
    expect(result.rejected).to.deep.equal({
      type: 'schema',
      message: 'Dans le fichier de données : 1 enregistrement écarté, 1 valeur corrigée ; tout le reste est affiché.',
      issues: [
        {
          path: 'partnerships[2].partners[0].lat',
          severity: 'warning',
          message: 'partnerships[2].partners[0].lat : on attendait un nombre entre -90 et 90, reçu "12,64" ; placé au centre du pays (Kenya), comme lieu connu au niveau du pays',
        },
        {
          path: 'partnerships[3].id',
          severity: 'error',
          message:
            'partnerships[3].id : on attendait un identifiant en minuscules, chiffres et tirets (par exemple « angers-tlemcen »), reçu "Réseau" ; enregistrement écarté : sans identifiant utilisable, il ne peut pas être montré',
        },
      ],
    });
  });

  it('reads a file as its server names its charset, else as UTF-8, else as a French Excel saves it (Windows-1252)', () => {
    const latin1 = new Uint8Array([0x48, 0xf4, 0x70, 0x69, 0x74, 0x61, 0x6c]); // "Hôpital" in Windows-1252
    expect(decodeText(latin1)).to.equal('Hôpital');
    expect(decodeText(new TextEncoder().encode('Hôpital'))).to.equal('Hôpital');
    expect(decodeText(latin1, 'text/csv; charset=iso-8859-1')).to.equal('Hôpital');
  });

  it('gives a timeout error when the server is too slow', async () => {
    const result = await loadDataset('/__slow?ms=3000', { timeout: 300 });
    expect(result.status === 'failed' && result.error).to.deep.include({ type: 'timeout' });
    if (result.status === 'failed') expect(result.error.message).to.match(/^Le serveur n’a pas envoyé le fichier de données en 0.3 secondes : http/);
  });

  it('gives a timeout error when the body stalls after the headers', async () => {
    const result = await loadDataset('/__hang', { timeout: 300 });
    expect(result.status === 'failed' && result.error.type).to.equal('timeout');
  });

  it('waits for a slow server within the timeout', async () => {
    const result = await loadDataset('/__slow?ms=200', { timeout: 5000 });
    expect(result.status).to.equal('loaded');
  });

  it('gives a network error when nothing answers', async () => {
    const result = await loadDataset('http://127.0.0.1:9/cooperation.json', { timeout: 5000 });
    expect(result.status === 'failed' && result.error.type).to.equal('network');
  });

  it('resolves as aborted when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadDataset('/__slow?ms=2000', { signal: controller.signal });
    controller.abort();
    expect(await pending).to.deep.equal({ status: 'aborted' });
  });

  it('shares one load between elements that name the same file', async () => {
    const [a, b] = [loadSharedDataset(fixture('small-dataset.json')), loadSharedDataset(fixture('small-dataset.json'))];
    expect(a).to.equal(b);
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.status === 'loaded' && rb.status === 'loaded' && ra.dataset === rb.dataset).to.equal(true);
    // A failed load is not kept, so a later attempt asks again.
    const failed = loadSharedDataset(fixture('missing-shared.json'));
    await failed;
    expect(loadSharedDataset(fixture('missing-shared.json'))).not.to.equal(failed);
  });
});
