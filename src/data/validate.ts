/**
 * Validation against data/cooperation.schema.json, interpreted at run time (json-schema.ts),
 * with recovery: a value that does not fit is dropped, replaced by its field's default or
 * kept as unknown, and reported with what was done (recover.ts, recovery-rules.ts); a record
 * is set aside only when it cannot be shown at all. Only a value that is not a dataset at all
 * (not an object, collections missing, another version) is fatal.
 */
import schema from '../../data/cooperation.schema.json';
import { parseDatePoint } from '../time/partial-date.js';
import { DomainResolver } from './domain-labels.js';
import { SchemaChecker, type SchemaIssue, type SchemaNode } from './json-schema.js';
import { recoverRecord, type Collection, type Recovered, type RecordIssue, type RecoveryContext } from './recover.js';
import type { CooperationDataset, Institution, LocalizedText, Partnership, SourceDocument } from './schema.generated.js';

export type { Action } from './recover.js';

/** A value or record that could not be used as written, and what was done about it (`action`). */
export type DataIssue = Recovered<SchemaIssue | RecordIssue>;

/** The usable part of a dataset (null when it is not a dataset at all) and the issues found. */
export interface ValidationResult {
  data: CooperationDataset | null;
  issues: DataIssue[];
}

const checker = new SchemaChecker(schema as SchemaNode);
const root = schema as SchemaNode;
// The root checked alone, without descending into the records: its failures are fatal.
const shell: SchemaNode = {
  ...root,
  properties: Object.fromEntries(
    Object.entries(root.properties ?? {}).map(([key, node]) => [key, node.type === 'array' || node.type === 'object' ? { type: node.type } : node]),
  ),
};
const node = (name: string) => checker.resolve(`#/$defs/${name}`);

/** Validates and repairs `raw` (parsed JSON, or a dataset built from CSV) without modifying it. */
export function validateDataset(raw: unknown): ValidationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { data: null, issues: [{ path: '', code: 'type', expected: ['object'], got: raw }] };
  }
  const rootIssues = checker.check(raw, shell);
  const fatal = rootIssues.filter((i) => i.code !== 'unknown-field');
  if (fatal.length) return { data: null, issues: fatal };

  const input = raw as CooperationDataset;
  const issues: DataIssue[] = rootIssues.map((i) => ({ ...i, action: { do: 'ignored' } }));
  const documents = validDocuments(input.documents ?? [], issues);
  const domains: Record<string, LocalizedText> = {};
  for (const [id, label] of Object.entries(input.domains ?? {})) {
    const found = [...checker.check(id, node('Id'), `domains.${id}`), ...checker.check(label, node('LocalizedText'), `domains.${id}`)];
    if (found.length) issues.push(...found.map((i) => ({ ...i, action: { do: 'ignored' as const } })));
    else domains[id] = label;
  }
  // How each language was written: metadata no element shows; an entry that does not fit is left out.
  const translations: NonNullable<CooperationDataset['translations']> = {};
  for (const [tag, about] of Object.entries(input.translations ?? {})) {
    const found = checker.check(about, node('Translation'), `translations.${tag}`);
    if (found.length) issues.push(...found.map((i) => ({ ...i, action: { do: 'ignored' as const } })));
    else translations[tag] = about;
  }
  const context: RecoveryContext = {
    checker,
    institutions: [],
    partnerships: new Map(),
    // Citations can only be checked against a documents list when the dataset has one.
    documents: input.documents ? new Set(documents.map((d) => d.file)) : null,
    domains: new DomainResolver(domains),
  };
  const institutions = recoverAll<Institution>(input.institutions, 'institutions', context, issues);
  context.institutions = institutions;
  const partnerships = recoverAll<Partnership>(input.partnerships, 'partnerships', context, issues);
  context.partnerships = new Map(partnerships.map((p) => [p.id, p]));
  const events = recoverAll<CooperationDataset['events'][number]>(input.events, 'events', context, issues);

  return {
    data: { ...input, ...(input.translations ? { translations } : {}), documents, domains: context.domains.labels(), institutions, partnerships, events },
    issues,
  };
}

/**
 * The records of a collection, each repaired; a later record with an id already used is
 * renamed ("x-2"), or set aside when it is the same record again: never merged silently.
 */
function recoverAll<T extends { id: string }>(records: readonly unknown[], collection: Collection, context: RecoveryContext, issues: DataIssue[]): T[] {
  const kept = new Map<string, T>();
  records.forEach((raw, index) => {
    const path = `${collection}[${index}]`;
    const outcome = recoverRecord(raw, collection, path, context);
    issues.push(...(outcome.issues as DataIssue[]));
    let record = outcome.record as T | null;
    if (!record) return;
    const earlier = kept.get(record.id);
    if (earlier) {
      const { id } = record;
      if (JSON.stringify(earlier) === JSON.stringify(record)) {
        issues.push({ path, code: 'duplicate-id', id, action: { do: 'set-aside', reason: 'duplicate' } });
        return;
      }
      let n = 2;
      while (kept.has(`${id}-${n}`)) n++;
      record = { ...record, id: `${id}-${n}` };
      issues.push({ path: `${path}.id`, code: 'duplicate-id', id, action: { do: 'renamed', id: record.id } });
    }
    kept.set(record.id, record);
  });
  return [...kept.values()];
}

/** The documents that fit the schema (a document is not shown, only cited: one that does not fit is set aside). */
function validDocuments(documents: readonly unknown[], issues: DataIssue[]): SourceDocument[] {
  const kept = new Map<string, SourceDocument>();
  documents.forEach((document, index) => {
    const path = `documents[${index}]`;
    const found: DataIssue[] = checker.check(document, node('SourceDocument'), path);
    const d = document as SourceDocument;
    if (!found.length && d.published) {
      for (const [field, point] of [['start', d.published.start], ['end', d.published.end]] as const) {
        if (point && !parseDatePoint(point)) {
          const [year, month, day] = point.split('-').map(Number);
          found.push({ path: `${path}.published.${field}`, code: 'impossible-date', got: point, year, month, day });
        }
      }
    }
    if (!found.length && kept.has(d.file)) found.push({ path, code: 'duplicate-id', id: d.file });
    if (found.length) issues.push(...found.map((issue, i) => (i === 0 ? { ...issue, action: { do: 'set-aside' as const, reason: 'unreadable' as const } } : issue)));
    else kept.set(d.file, d);
  });
  return [...kept.values()];
}
