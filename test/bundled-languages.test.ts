import { expect } from '@open-wc/testing';
import bundled from '../data/cooperation.json';
import schema from '../data/cooperation.schema.json';
import type { CooperationDataset } from '../src/data/schema.generated.js';

const data = bundled as unknown as CooperationDataset;
const LANGUAGES = ['fr', 'en', 'ar'] as const;
const ARABIC = /[\u0600-\u06ff]/;

type Node = Record<string, unknown>;
const defs = (schema as unknown as { $defs: Record<string, Node> }).$defs;
const LOCALIZED = '#/$defs/LocalizedText';

/**
 * Every value of `value` that the schema types as a LocalizedText (titles, summaries,
 * activities, figures' labels, roles, domain labels, inference notes, names…), with its
 * path. Walked along the schema, so that a text is found by where it is, not by its shape.
 */
function* localizedTexts(value: unknown, node: Node, path: string): Generator<[string, Record<string, string>]> {
  if (value === null || value === undefined) return;
  if (node.$ref === LOCALIZED) {
    yield [path, value as Record<string, string>];
    return;
  }
  if (typeof node.$ref === 'string') {
    yield* localizedTexts(value, defs[node.$ref.replace('#/$defs/', '')], path);
    return;
  }
  for (const branch of (node.anyOf as Node[] | undefined) ?? []) yield* localizedTexts(value, branch, path);
  if (Array.isArray(value)) {
    if (node.items) for (const [i, item] of value.entries()) yield* localizedTexts(item, node.items as Node, `${path}[${i}]`);
    return;
  }
  if (typeof value !== 'object') return;
  const properties = (node.properties as Record<string, Node> | undefined) ?? {};
  for (const [key, child] of Object.entries(value as Node)) {
    const where = path ? `${path}.${key}` : key;
    if (properties[key]) yield* localizedTexts(child, properties[key], where);
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') yield* localizedTexts(child, node.additionalProperties as Node, where);
  }
}

/** "path: ar" for each text of `dataset` that lacks one of the three languages. */
function missingLanguages(dataset: unknown): string[] {
  return [...localizedTexts(dataset, schema as unknown as Node, '')].flatMap(([path, text]) =>
    LANGUAGES.filter((language) => !text[language]?.trim()).map((language) => `${path}: ${language}`),
  );
}

describe('the bundled dataset in French, English and Arabic', () => {
  it('gives every human-readable text in fr, en and ar', () => {
    expect(missingLanguages(data)).to.deep.equal([]);
  });

  it('finds the texts where the schema puts them, and names a missing one by its path', () => {
    const texts = [...localizedTexts(data, schema as unknown as Node, '')].map(([path]) => path);
    // Every kind of text a visitor reads (or a translator must translate) is walked.
    for (const expected of [
      /^documents\[0\]\.note$/,
      /^domains\.cardiac-surgery$/,
      /^institutions\[0\]\.name$/,
      /^partnerships\[\d+\]\.(title|summary|sinceNote)$/,
      /^partnerships\[\d+\]\.partners\[\d+\]\.name$/,
      /^partnerships\[\d+\]\.associates\[\d+\]\.role$/,
      /^partnerships\[\d+\]\.homeUnits\[\d+\]$/,
      /^partnerships\[\d+\]\.activities\[\d+\]\.description$/,
      /^partnerships\[\d+\]\.figures\[\d+\]\.(counts|text)$/,
      /^partnerships\[\d+\]\.people\[\d+\]\.role$/,
      /^partnerships\[\d+\]\.inferences\[\d+\]\.note$/,
      /^events\[\d+\]\.(title|description)$/,
      /^translations\.ar\.note$/,
    ]) {
      expect(texts.some((p) => expected.test(p)), String(expected)).to.equal(true);
    }
    const copy = structuredClone(data);
    delete (copy.partnerships[2].activities![1].description as Record<string, string>).ar;
    copy.events[0].title.en = ' ';
    expect(missingLanguages(copy)).to.deep.equal(['partnerships[2].activities[1].description: ar', 'events[0].title: en']);
  });

  it('writes the Arabic in Arabic script, not a copy of the French', () => {
    const notArabic = [...localizedTexts(data, schema as unknown as Node, '')].filter(([, t]) => !ARABIC.test(t.ar ?? '') || t.ar === t.fr).map(([path]) => path);
    expect(notArabic).to.deep.equal([]);
  });

  it('keeps quotes in French, as the documents write them', () => {
    const quotes: string[] = [];
    JSON.stringify(data, (key, value) => (key === 'quote' && quotes.push(value), value));
    expect(quotes.length).to.be.above(200);
    expect(quotes.filter((q) => ARABIC.test(q))).to.deep.equal([]);
  });

  it('says in its metadata that the Arabic is machine-written and not yet reviewed by a native speaker', () => {
    expect(data.translations?.ar).to.deep.include({ by: 'machine', reviewed: false });
    expect(data.translations!.ar.note!.fr).to.match(/pas encore relus par un locuteur natif/);
  });
});
