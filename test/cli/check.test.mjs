/**
 * `npx coop-widgets check FILE` as a site's publishing pipeline runs it: the built command
 * (bin/coop-widgets.js, `npm run build` first) in Node alone, on the scenario's sheets
 * (test/fixtures/own-data/): the same sentences as the elements and the check page, in the
 * language asked for, an exit status that stops the pipeline on errors, and the validated
 * JSON, which reads back with nothing left to correct.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin', 'coop-widgets.js');
const sheet = (name) => join(root, 'test', 'fixtures', 'own-data', name);

/** Runs the command; resolves with its exit status and output lines. */
function run(args, env = {}) {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { PATH: process.env.PATH, LANG: 'C', ...env } }, (error, stdout, stderr) => {
      done({ status: error ? error.code : 0, lines: stdout.split('\n').filter(Boolean), stderr });
    });
  });
}

test('the three-typo sheet: a message for each cell it could not use, and exit status 1 (a record was set aside)', async () => {
  const { status, lines } = await run(['check', sheet('chu-exemple-typos.csv')]);
  assert.equal(status, 1);
  assert.deepEqual(lines, [
    `${sheet('chu-exemple-typos.csv')} : 2 partenariats, 3 événements datés · 1 enregistrement écarté · 1 valeur corrigée`,
    '  ! Ligne 3, colonne « lat » : on attendait un nombre entre -90 et 90, reçu "35°41" ; placé au centre du pays (Algérie), comme lieu connu au niveau du pays',
    '  i Ligne 5, colonne « domains » : le domaine "Chirurgie maxillo-faciale" n\'est pas dans la liste des domaines ; ajouté comme nouveau domaine, sous ce libellé',
    '  i Ligne 5, colonne « domains » : le domaine "Hématologie" n\'est pas dans la liste des domaines ; ajouté comme nouveau domaine, sous ce libellé',
    '  ✗ Ligne 8, colonne « date » : date impossible "31/02/2023" : le 31 février n\'existe pas ; événement écarté : il n\'a pas d\'autre date lisible',
  ]);
});

test('the clean sheet, in English and in French headers: exit status 0', async () => {
  for (const name of ['chu-exemple.csv', 'chu-exemple-fr.csv']) {
    const { status, lines } = await run(['check', sheet(name), '--strict']);
    assert.equal(status, 0, name);
    assert.equal(lines[0], `${sheet(name)} : 2 partenariats, 4 événements datés · aucune valeur à corriger`);
  }
});

test('speaks the language asked for, or the system’s', async () => {
  const english = await run(['check', sheet('chu-exemple-typos.csv'), '--lang', 'en']);
  assert.match(english.lines[0], /: 2 partnerships, 3 dated events · 1 record set aside · 1 value corrected$/);
  assert.match(english.lines.at(-1), /^ {2}✗ Row 8, column “date”: impossible date "31\/02\/2023": 31 February does not exist/);
  const arabic = await run(['check', sheet('chu-exemple-typos.csv')], { LANG: 'ar_DZ.UTF-8' });
  assert.match(arabic.lines.at(-1), /^ {2}✗ الصف 8/);
});

test('--strict stops on corrected values too; --json gives the problems to a program', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'coop-check-'));
  const file = join(dir, 'corrected.csv');
  const text = await readFile(sheet('chu-exemple.csv'), 'utf8');
  await writeFile(file, text.replace(';active;partnership;2016;', ';suspendu;partnership;2016;'));
  assert.equal((await run(['check', file])).status, 0);
  assert.equal((await run(['check', file, '--strict'])).status, 1);
  const { lines } = await run(['check', file, '--json']);
  const [report] = JSON.parse(lines.join('\n'));
  assert.deepEqual(report.counts, { setAside: 0, corrected: 1, readOtherwise: 2 });
  assert.deepEqual(
    report.issues.map((i) => [i.line, i.column, i.severity]),
    [
      [3, 'status', 'warning'],
      [5, 'domains', 'info'],
      [5, 'domains', 'info'],
    ],
  );
});

test('--out writes the validated JSON, with its $schema, which reads back with nothing to correct', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'coop-check-'));
  const out = join(dir, 'chu-exemple.json');
  await run(['check', sheet('chu-exemple-typos.csv'), '--out', out]);
  const json = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(json.$schema, './cooperation.schema.json');
  assert.deepEqual(json.partnerships.map((p) => p.id), ['exemple-oran', 'exemple-cotonou']);
  assert.deepEqual(json.events.map((e) => e.id), ['exemple-oran-convention', 'exemple-oran-mission', 'exemple-bureau']);
  const again = await run(['check', out, '--strict']);
  assert.equal(again.status, 0);
  assert.deepEqual(again.lines, [`${out} : 2 partenariats, 3 événements datés · aucune valeur à corriger`]);
});

test('a file that is not data, a missing file and a bad option each say so', async () => {
  const broken = await run(['check', join(root, 'test', 'fixtures', 'broken.json')]);
  assert.equal(broken.status, 1);
  assert.match(broken.lines[0], /: Le fichier n'est pas du JSON valide \(/);
  const missing = await run(['check', join(root, 'nothing-here.csv')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nothing-here\.csv: no such file/);
  const usage = await run(['check', '--colour']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /unknown option --colour/);
  assert.equal((await run(['--help'])).status, 0);
});
