#!/usr/bin/env node
// Splits the bundled dataset (data/cooperation.json, validated by scripts/validate-data.mjs
// with Ajv) by use, so that a page downloads only what it shows:
//
//   src/generated/data/index.ts          every page: the institutions (without their citations,
//                                        their names in French) and a loader for each part below
//   src/generated/data/core/<inst>.<lang>.json
//                                        what the map and the timeline draw, per institution and
//                                        language: the fields the schema requires (ids, titles,
//                                        places, dates, statuses, domains), events' places, and the
//                                        labels of the domains they use, and the institution's
//                                        names, texts in <lang> and French
//   src/generated/data/details/<id>.<lang>.json
//                                        what a card or an event's details show, per partnership
//                                        and language: the partnership and its events with every
//                                        field (summaries, activities, figures, people,
//                                        descriptions, citations, inferences), texts in <lang>
//                                        and French, the documents they cite, the labels of its
//                                        domains and its card's locator, drawn ahead
//                                        (`@<inst>.*.json`: an institution's events that have no
//                                        partnership). Fetched as JSON by name: the
//                                        build copies them beside the chunks (vite.plugins.ts).
//   src/generated/data/details-imports.ts  the same parts as imports, for the npm build
//   src/generated/data/domains.ts        the domains' labels, for a hospital's own file
//
// Each core part becomes a chunk of its own in the build (a dynamic import). `--check` fails
// when the committed files are not what the dataset produces (run by `npm test`).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'src/generated/data');
const data = JSON.parse(readFileSync(resolve(root, 'data/cooperation.json'), 'utf8'));
const schema = JSON.parse(readFileSync(resolve(root, 'data/cooperation.schema.json'), 'utf8'));

// What the views draw is exactly what the schema requires of a record (plus an event's place):
// a core record is a valid record, and a card adds the rest when it opens.
const required = (name) => new Set(schema.$defs[name].required);
const PARTNERSHIP_CORE = required('Partnership');
const EVENT_CORE = new Set([...required('DatedEvent'), 'place']);
const INSTITUTION_DETAILS = new Set(['sources', 'inferences']);
// A card cites documents by title, link, date and language; their editorial notes stay in
// the full dataset (Storybook's Dataset page).
const DOCUMENT_FIELDS = ['file', 'title', 'published', 'language', 'url'];

const pick = (record, keep) => Object.fromEntries(Object.entries(record).filter(([key]) => keep(key)));

// A card's locator, drawn here once (src/geo/locator.ts, the code a card runs for a file's
// data): a card of the bundled data then needs neither the locator's world nor its code.
const bundledLocator = await build({ entryPoints: [resolve(root, 'src/geo/locator.ts')], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
const { locatorMap } = await import(`data:text/javascript;base64,${Buffer.from(bundledLocator.outputFiles[0].text).toString('base64')}`);

/** SVG path data in whole pixels and relative commands: what a 160 px drawing needs. */
function compactPath(d) {
  let out = '';
  let [x, y] = [0, 0];
  for (const [, command, coordinates] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      continue;
    }
    const [ax, ay] = coordinates.split(',').map((v) => Math.round(Number(v)));
    const [dx, dy] = [ax - x, ay - y];
    [x, y] = [ax, ay];
    if (command === 'L' && dx === 0 && dy === 0) continue;
    out += `${command === 'M' ? 'm' : out.endsWith('z') || !out ? 'l' : ' '}${dx}${dy < 0 ? '' : ','}${dy}`;
  }
  return out;
}

/** The locator of a partnership's partners (160 × 110; compact cards scale it), or null. */
function locatorOf(partnership) {
  const locator = partnership?.partners.length ? locatorMap(partnership.partners, 160, 110) : null;
  return locator && { ...locator, countries: locator.countries.map((c) => ({ ...c, d: compactPath(c.d) })) };
}

// A part per language (core and details): a page downloads its language's texts and French,
// the language of the sources and everyone's fallback (quotes stay as written). Every title in
// every language would weigh on every page.
const LANGUAGES = ['fr', 'en', 'ar'];
const isText = (value) =>
  value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 && Object.entries(value).every(([k, v]) => /^[a-z]{2}(-[A-Za-z]{2,4})?$/.test(k) && typeof v === 'string');
function inLanguage(value, language) {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, language));
  if (!value || typeof value !== 'object') return value;
  if (isText(value)) {
    const kept = Object.fromEntries(Object.entries(value).filter(([tag]) => tag.split('-')[0] === language || tag === 'fr'));
    return Object.keys(kept).length ? kept : value;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguage(v, language)]));
}

/** Files to write: relative path -> contents. */
const files = new Map();
const json = (value) => `${JSON.stringify(value)}\n`;

// The index is on every page: its institutions keep their texts (name, short name) in French,
// and each part brings its institution's in the part's language.
const institutions = data.institutions.map((i) => inLanguage(pick(i, (key) => !INSTITUTION_DETAILS.has(key)), 'fr'));
const institutionTexts = (id) => {
  const institution = data.institutions.find((i) => i.id === id);
  return { id, ...pick(institution, (key) => isText(institution[key])) };
};

for (const institution of data.institutions) {
  const partnerships = data.partnerships.filter((p) => p.institution === institution.id);
  const events = data.events.filter((e) => e.institution === institution.id);
  const used = new Set(partnerships.flatMap((p) => p.domains));
  const core = {
    institution: institutionTexts(institution.id),
    partnerships: partnerships.map((p) => pick(p, (key) => PARTNERSHIP_CORE.has(key))),
    events: events.map((e) => pick(e, (key) => EVENT_CORE.has(key))),
    // The labels of the domains these records use.
    domains: pick(data.domains ?? {}, (id) => used.has(id)),
  };
  for (const language of LANGUAGES) files.set(`core/${institution.id}.${language}.json`, json(inLanguage(core, language)));
}

/**
 * One owner (a partnership, or an institution's events without one) told whole: its
 * records with every field, so that a card needs this part alone.
 */
function detailsPart(partnership, events, institution) {
  const part = {
    institution: institutionTexts(institution),
    partnership: partnership ?? null,
    events,
    domains: pick(data.domains ?? {}, (id) => partnership?.domains.includes(id)),
    locator: locatorOf(partnership),
  };
  const cited = new Set();
  JSON.stringify(part, (key, value) => {
    if (key === 'document' && typeof value === 'string') cited.add(value);
    return value;
  });
  part.documents = data.documents
    .filter((d) => cited.has(d.file))
    .map((d) => Object.fromEntries(DOCUMENT_FIELDS.filter((f) => f in d).map((f) => [f, d[f]])));
  return part;
}

const detailFiles = [];
const writeDetails = (owner, part) => {
  for (const language of LANGUAGES) {
    files.set(`details/${owner}.${language}.json`, json(inLanguage(part, language)));
    detailFiles.push(`${owner}.${language}`);
  }
};
for (const partnership of data.partnerships) writeDetails(partnership.id, detailsPart(partnership, data.events.filter((e) => e.partnership === partnership.id), partnership.institution));
for (const institution of data.institutions) {
  const orphans = data.events.filter((e) => e.institution === institution.id && e.partnership === null);
  if (orphans.length) writeDetails(`@${institution.id}`, detailsPart(null, orphans, institution.id));
}

const loaders = (folder, keys) => `{\n${keys.map((key) => `  ${JSON.stringify(key)}: () => import('./${folder}/${key}.json'),`).join('\n')}\n}`;
const coreLoaders = (ids) =>
  `{\n${ids.map((id) => `  ${JSON.stringify(id)}: {\n${LANGUAGES.map((l) => `    ${l}: () => import('./core/${id}.${l}.json'),`).join('\n')}\n  },`).join('\n')}\n}`;

files.set(
  'index.ts',
  `/* Generated from data/cooperation.json by scripts/build-data.mjs. Do not edit: change the
 * dataset and run \`node scripts/build-data.mjs\`. */
import type { Institution } from '../../data/schema.generated.js';

/** The bundled institutions, without their citations. */
export const institutions: readonly Institution[] = ${JSON.stringify(institutions)};

/** What the views draw, per institution and language (texts in that language and French; see src/data/bundled.ts for the shape). */
export const coreParts: Readonly<Record<string, Readonly<Record<string, () => Promise<{ default: unknown }>>>>> = ${coreLoaders(data.institutions.map((i) => i.id))};
`,
);

files.set(
  'details-imports.ts',
  `/* Generated from data/cooperation.json by scripts/build-data.mjs. Do not edit. */

/** The details parts as imports, for the npm build, whose users' bundlers follow them (see src/data/details-imports.ts). */
export const detailImports: Readonly<Record<string, () => Promise<{ default: unknown }>>> = ${loaders('details', detailFiles)};
`,
);

// The bundled domains' labels, for a hospital's own file (loaded only with the file reader):
// a domain it writes by id or by label ("Chirurgie cardiaque") is shown with these words.
files.set(
  'domains.ts',
  `/* Generated from data/cooperation.json by scripts/build-data.mjs. Do not edit. */
import type { LocalizedText } from '../../data/schema.generated.js';

/** The labels of the bundled dataset's domains, by id. */
export const bundledDomains: Readonly<Record<string, LocalizedText>> = ${JSON.stringify(data.domains ?? {})};
`,
);

function currentFiles() {
  const found = new Map();
  const walk = (dir) => {
    let entries = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(outDir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(outDir);
  return found;
}

if (process.argv.includes('--check')) {
  const current = currentFiles();
  const stale = [...files].filter(([path, text]) => current.get(path) !== text).map(([path]) => path);
  const extra = [...current.keys()].filter((path) => !files.has(path));
  if (stale.length || extra.length) {
    console.error(`build-data: src/generated/data is out of date (${[...stale, ...extra].slice(0, 5).join(', ')}); run \`node scripts/build-data.mjs\`.`);
    process.exit(1);
  }
  console.log(`build-data: the ${files.size} bundled data parts match data/cooperation.json.`);
} else {
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
  console.log(`build-data: wrote ${files.size} files to ${relative(root, outDir)}`);
}
