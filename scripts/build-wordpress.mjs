#!/usr/bin/env node
// `npm run build:wordpress`: packs the WordPress plugin (wordpress/coop-widgets/) with the
// built library (dist/, without source maps) into dist/coop-widgets-wordpress.zip, ready for
// Plugins > Add New > Upload. Writes into the package what the site must not build itself:
// - includes/elements.generated.php: every element's documented attributes, from
//   custom-elements.json (the shortcodes, the block and the KSES allow-list read only this,
//   so they cannot drift from the elements), and the bundled institutions' names;
// - languages/*.mo from the .po beside them, after checking that every string the plugin
//   translates (PHP `__()`, block.json, the plugin header) has its translation.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pluginDir = join(root, 'wordpress', 'coop-widgets');
const distDir = join(root, 'dist');
export const ZIP = join(distDir, 'coop-widgets-wordpress.zip');
const TEXT_DOMAIN = 'coop-widgets';

/** tag => { attribute: 'string' | 'boolean' }, from the manifest. */
export function elementAttributes(manifest) {
  const elements = {};
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName?.startsWith('coop-')) continue;
      const attributes = {};
      for (const attribute of declaration.attributes ?? []) {
        attributes[attribute.name] = attribute.type?.text === 'boolean' ? 'boolean' : 'string';
      }
      elements[declaration.tagName] = Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  return Object.fromEntries(Object.entries(elements).sort(([a], [b]) => a.localeCompare(b)));
}

const phpString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
function phpArray(value, indent = '') {
  const inner = `${indent}\t`;
  const entries = Object.entries(value).map(([key, item]) => `${inner}${phpString(key)} => ${typeof item === 'object' ? phpArray(item, inner) : phpString(item)},`);
  return `array(\n${entries.join('\n')}\n${indent})`;
}

/** includes/elements.generated.php. */
export function generatedPhp(manifest, dataset) {
  const institutions = Object.fromEntries(dataset.institutions.map((i) => [i.id, Object.fromEntries(Object.entries(i.name).filter(([, name]) => typeof name === 'string'))]));
  return `<?php
/**
 * Written by \`npm run build:wordpress\` (scripts/build-wordpress.mjs) from custom-elements.json
 * and data/cooperation.json: do not edit.
 *
 * @package coop-widgets
 */

defined( 'ABSPATH' ) || exit;

return ${phpArray({ attributes: elementAttributes(manifest), institutions })};
`;
}

/** The entries of a .po file: { context, id, text } (comments skipped). */
export function parsePo(text) {
  const entries = [];
  let entry = {};
  let field = null;
  const flush = () => {
    if (entry.id !== undefined && entry.text !== undefined) entries.push(entry);
    entry = {};
    field = null;
  };
  for (const line of text.split('\n').map((l) => l.trim())) {
    const match = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (match) {
      if (match[1] !== 'msgstr' && entry.text !== undefined) flush();
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'text' }[match[1]];
      entry[field] = JSON.parse(match[2]);
    } else if (field && /^".*"$/.test(line)) {
      entry[field] += JSON.parse(line);
    } else if (!line) {
      flush();
    }
  }
  flush();
  return entries;
}

/** A GNU .mo file (little-endian, no hash table) of the translated entries. */
export function compileMo(entries) {
  const key = (e) => (e.context ? `${e.context}\u0004${e.id}` : e.id);
  const list = entries.filter((e) => e.text !== '' || e.id === '').sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const ids = list.map((e) => Buffer.from(key(e), 'utf8'));
  const texts = list.map((e) => Buffer.from(e.text, 'utf8'));
  const n = list.length;
  const headerSize = 28;
  const tables = headerSize + n * 16;
  let offset = tables;
  const idTable = [];
  const textTable = [];
  for (const id of ids) {
    idTable.push([id.length, offset]);
    offset += id.length + 1;
  }
  for (const text of texts) {
    textTable.push([text.length, offset]);
    offset += text.length + 1;
  }
  const out = Buffer.alloc(offset);
  out.writeUInt32LE(0x950412de, 0);
  out.writeUInt32LE(0, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(headerSize, 12);
  out.writeUInt32LE(headerSize + n * 8, 16);
  out.writeUInt32LE(0, 20);
  out.writeUInt32LE(tables, 24);
  idTable.forEach(([length, at], i) => {
    out.writeUInt32LE(length, headerSize + i * 8);
    out.writeUInt32LE(at, headerSize + i * 8 + 4);
    ids[i].copy(out, at);
  });
  textTable.forEach(([length, at], i) => {
    out.writeUInt32LE(length, headerSize + n * 8 + i * 8);
    out.writeUInt32LE(at, headerSize + n * 8 + i * 8 + 4);
    texts[i].copy(out, at);
  });
  return out;
}

/** Every string the plugin asks WordPress to translate: { context, id, where }. */
export function translatableStrings(files) {
  const found = [];
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('.php')) {
      const text = content.toString('utf8');
      for (const m of text.matchAll(/\b(?:__|esc_html__|esc_attr__|_e|esc_html_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'([^']+)'\s*\)/g)) {
        if (m[2] === TEXT_DOMAIN) found.push({ id: m[1].replace(/\\(['\\])/g, '$1'), where: path });
      }
      for (const m of text.matchAll(/^\s*\*\s*(Plugin Name|Description):\s*(.+)$/gm)) found.push({ id: m[2].trim(), where: `${path} (${m[1]})` });
    }
    if (path.endsWith('block.json')) {
      const block = JSON.parse(content.toString('utf8'));
      found.push({ context: 'block title', id: block.title, where: path }, { context: 'block description', id: block.description, where: path });
      for (const keyword of block.keywords ?? []) if (keyword !== 'coop-widgets') found.push({ context: 'block keyword', id: keyword, where: path });
    }
  }
  return found;
}

/** Every file under `dir`, as path relative to it => Buffer. */
function readTree(dir, keep = () => true) {
  const files = {};
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (keep(path)) files[relative(dir, path).split(sep).join('/')] = readFileSync(path);
    }
  };
  walk(dir);
  return files;
}

/** A zip archive (deflated, fixed timestamps so that the same input gives the same bytes). */
export function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  // 2026-01-01 00:00, in MS-DOS time and date.
  const time = 0;
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, nameBytes, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x031e, 4); // made by Unix, zip 3.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(stored ? 0 : 8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // -rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + body.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, centralBytes, end]);
}

function main() {
  if (!existsSync(join(distDir, 'coop-widgets.js'))) {
    console.log('build-wordpress: dist/ is not built: npm run build first');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const dataset = JSON.parse(readFileSync(join(root, 'data', 'cooperation.json'), 'utf8'));
  const plugin = readTree(pluginDir, (path) => !path.endsWith('.mo') && !path.endsWith('elements.generated.php'));
  plugin['includes/elements.generated.php'] = Buffer.from(generatedPhp(manifest, dataset));

  const problems = [];
  const strings = translatableStrings(plugin);
  for (const [path, content] of Object.entries(plugin)) {
    if (!path.endsWith('.po')) continue;
    const entries = parsePo(content.toString('utf8'));
    const translated = new Set(entries.filter((e) => e.text).map((e) => `${e.context ?? ''}\u0004${e.id}`));
    for (const s of strings) if (!translated.has(`${s.context ?? ''}\u0004${s.id}`)) problems.push(`${path}: no translation of ${JSON.stringify(s.id)}${s.context ? ` (${s.context})` : ''}, from ${s.where}`);
    plugin[path.replace(/\.po$/, '.mo')] = compileMo(entries);
  }
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p}`);
    process.exit(1);
  }

  const files = {};
  for (const [path, content] of Object.entries(plugin)) files[`coop-widgets/${path}`] = content;
  const dist = readTree(distDir, (path) => !path.endsWith('.map') && path !== ZIP);
  for (const [path, content] of Object.entries(dist)) files[`coop-widgets/dist/${path}`] = content;
  mkdirSync(distDir, { recursive: true });
  const archive = zip(files);
  writeFileSync(ZIP, archive);
  const distBytes = Object.values(dist).reduce((sum, b) => sum + b.length, 0);
  console.log(
    `build-wordpress: ${relative(root, ZIP)}, ${(archive.length / 1024).toFixed(0)} KiB (${Object.keys(files).length} files: the plugin, ${Object.keys(dist).length} files of dist/ (${(distBytes / 1024).toFixed(0)} KiB, source maps left out), ${strings.length} strings translated).`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
