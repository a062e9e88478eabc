// What `npm run build:wordpress` writes into the plugin, checked without WordPress: the
// elements' attributes as the manifest declares them (the shortcodes, the block and the KSES
// allow-list read only these), the .mo files WordPress reads, the zip an upload unpacks.
// The plugin itself in a real WordPress: `npm run test:wordpress`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { compileMo, elementAttributes, generatedPhp, parsePo, translatableStrings, zip } from '../../scripts/build-wordpress.mjs';
import { onPath } from '../../scripts/browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const dataset = JSON.parse(readFileSync(join(root, 'data', 'cooperation.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'coop-wordpress-build-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The entries of a zip, read from its central directory: name => content. */
function unzip(archive) {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = {};
  for (let i = 0; i < count; i++) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + size);
    files[name] = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    at += 46 + nameLength + extra;
  }
  return files;
}

/** A .mo file's messages: key (context\u0004id) => text. */
function readMo(mo) {
  const n = mo.readUInt32LE(8);
  const ids = mo.readUInt32LE(12);
  const texts = mo.readUInt32LE(16);
  const out = {};
  for (let i = 0; i < n; i++) {
    const string = (table) => mo.subarray(mo.readUInt32LE(table + i * 8 + 4), mo.readUInt32LE(table + i * 8 + 4) + mo.readUInt32LE(table + i * 8)).toString('utf8');
    out[string(ids)] = string(texts);
  }
  return out;
}

describe('npm run build:wordpress', () => {
  it('takes every element and attribute from the manifest, booleans as booleans', () => {
    const attributes = elementAttributes(manifest);
    const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('coop-'));
    assert.deepEqual(Object.keys(attributes), declared.map((d) => d.tagName).sort());
    for (const d of declared) {
      assert.deepEqual(Object.keys(attributes[d.tagName]).sort(), d.attributes.map((a) => a.name).sort(), d.tagName);
      for (const a of d.attributes) assert.equal(attributes[d.tagName][a.name], a.type?.text === 'boolean' ? 'boolean' : 'string', `${d.tagName} ${a.name}`);
    }
    assert.equal(attributes['coop-map']['no-zoom'], 'boolean');
    assert.equal(attributes['coop-map'].institution, 'string');
  });

  it('writes PHP that WordPress reads back as the same attributes and institutions', { skip: onPath('php') ? false : 'php-cli is not installed' }, () => {
    const file = join(scratch, 'elements.generated.php');
    writeFileSync(file, generatedPhp(manifest, dataset));
    const run = spawnSync('php', ['-r', `define('ABSPATH', '/'); echo json_encode(require '${file}');`], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const read = JSON.parse(run.stdout);
    assert.deepEqual(read.attributes, elementAttributes(manifest));
    assert.deepEqual(Object.keys(read.institutions), dataset.institutions.map((i) => i.id));
    assert.equal(read.institutions['chu-angers'].fr, dataset.institutions.find((i) => i.id === 'chu-angers').name.fr);
  });

  it('compiles the French .po into a .mo holding every string the plugin translates', () => {
    const plugin = join(root, 'wordpress', 'coop-widgets');
    const po = readFileSync(join(plugin, 'languages', 'coop-widgets-fr_FR.po'), 'utf8');
    const mo = readMo(compileMo(parsePo(po)));
    const files = Object.fromEntries(
      ['coop-widgets.php', 'includes/block.php', 'block/block.json'].map((path) => [path, readFileSync(join(plugin, path))]),
    );
    const strings = translatableStrings(files);
    assert.ok(strings.length > 20, `${strings.length} strings found`);
    for (const s of strings) assert.ok(mo[s.context ? `${s.context}\u0004${s.id}` : s.id], `no French for ${JSON.stringify(s.id)}`);
    assert.equal(mo['block title\u0004International cooperation'], 'Coopération internationale');
    assert.match(mo[''], /Language: fr_FR/);
  });

  it('packs a zip that unpacks to the same files, byte for byte, the same each time', () => {
    const files = { 'coop-widgets/coop-widgets.php': Buffer.from('<?php // é\n'), 'coop-widgets/dist/x.js': Buffer.from('x'.repeat(5000)), 'coop-widgets/empty.txt': Buffer.alloc(0) };
    const archive = zip(files);
    assert.deepEqual(unzip(archive), files);
    assert.ok(archive.length < 5000, 'deflated');
    assert.deepEqual(zip(files), archive);
  });
});
