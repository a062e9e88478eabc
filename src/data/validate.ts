/**
 * Validates a dataset record by record: a record that breaks the schema, repeats an id or
 * refers to something that is not there is set aside with its reasons, and every valid
 * record is kept. Only a value that is not a dataset at all (not an object, collections
 * missing, another version) is fatal.
 */
import schema from '../../data/cooperation.schema.json';
import { toInterval } from '../time/partial-date.js';
import { SchemaChecker, type SchemaIssue, type SchemaNode } from './json-schema.js';
import type { CooperationDataset, LocalizedText, PartialDate } from './schema.generated.js';

/** Why a record was set aside, or why a dataset could not be read. */
export type DataIssue =
  | SchemaIssue
  | { path: string; code: 'duplicate-id'; id: string }
  | { path: string; code: 'unknown-reference'; target: 'institution' | 'partnership' | 'document'; id: string }
  | { path: string; code: 'institution-mismatch'; id: string; expected: string }
  | { path: string; code: 'invalid-date'; got: PartialDate };

/** The valid part of a dataset (null when it is not a dataset at all) and the issues found. */
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

/** Validates `raw` (parsed JSON, or a dataset built from CSV) without modifying it. */
export function validateDataset(raw: unknown): ValidationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { data: null, issues: [{ path: '', code: 'type', expected: ['object'], got: raw }] };
  }
  const rootIssues = checker.check(raw, shell);
  const fatal = rootIssues.filter((i) => i.code !== 'unknown-field');
  if (fatal.length) return { data: null, issues: fatal };

  const input = raw as CooperationDataset;
  const issues: DataIssue[] = [...rootIssues];
  const documents = keepValid(input.documents ?? [], 'documents', node('SourceDocument'), issues, (d) => d.file, [
    (d) => dateIssues(d.published, 'published'),
  ]);
  // Citations can only be checked against a documents list when the dataset has one.
  const knownDocuments = input.documents ? new Set(documents.map((d) => d.file)) : null;
  const citationIssues = (record: object) => (knownDocuments ? unknownDocuments(record, knownDocuments) : []);

  const institutions = keepValid(input.institutions, 'institutions', node('Institution'), issues, (i) => i.id, [citationIssues]);
  const institutionIds = new Set(institutions.map((i) => i.id));

  const partnerships = keepValid(input.partnerships, 'partnerships', node('Partnership'), issues, (p) => p.id, [
    (p) => reference(institutionIds, p.institution, 'institution', 'institution'),
    (p) => dateIssues(p.since, 'since'),
    (p) => dateIssues(p.until, 'until'),
    (p) => (p.figures ?? []).flatMap((f, i) => dateIssues(f.period, `figures[${i}].period`)),
    citationIssues,
  ]);
  const partnershipInstitution = new Map(partnerships.map((p) => [p.id, p.institution]));
  const partnershipIds = new Set(partnershipInstitution.keys());

  const events = keepValid(input.events, 'events', node('DatedEvent'), issues, (e) => e.id, [
    (e) => reference(institutionIds, e.institution, 'institution', 'institution'),
    (e) => (e.partnership === null ? [] : reference(partnershipIds, e.partnership, 'partnership', 'partnership')),
    (e) => {
      const owner = e.partnership === null ? undefined : partnershipInstitution.get(e.partnership);
      return owner !== undefined && owner !== e.institution
        ? [{ path: 'institution', code: 'institution-mismatch' as const, id: e.institution, expected: owner }]
        : [];
    },
    (e) => dateIssues(e.date, 'date'),
    (e) => (e.figures ?? []).flatMap((f, i) => dateIssues(f.period, `figures[${i}].period`)),
    citationIssues,
  ]);

  const domains: Record<string, LocalizedText> = {};
  for (const [id, label] of Object.entries(input.domains ?? {})) {
    const found = [...checker.check(id, node('Id'), `domains.${id}`), ...checker.check(label, node('LocalizedText'), `domains.${id}`)];
    if (found.length) issues.push(...found);
    else domains[id] = label;
  }

  return {
    data: { ...input, documents, domains, institutions, partnerships, events },
    issues,
  };
}

/** A check beyond the schema, with paths relative to the record. */
type RecordCheck<T> = (record: T) => DataIssue[];

function keepValid<T>(
  records: T[],
  collection: string,
  recordSchema: SchemaNode,
  issues: DataIssue[],
  idOf: (record: T) => string,
  checks: RecordCheck<T>[],
): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  records.forEach((record, index) => {
    const path = `${collection}[${index}]`;
    const found: DataIssue[] = checker.check(record, recordSchema, path);
    if (found.length === 0) {
      const id = idOf(record);
      if (seen.has(id)) found.push({ path, code: 'duplicate-id', id });
      for (const check of checks) found.push(...check(record).map((issue) => ({ ...issue, path: join(path, issue.path) })));
    }
    if (found.length) issues.push(...found);
    else {
      seen.add(idOf(record));
      kept.push(record);
    }
  });
  return kept;
}

function reference(known: Set<string>, id: string, field: string, target: 'institution' | 'partnership'): DataIssue[] {
  return known.has(id) ? [] : [{ path: field, code: 'unknown-reference', target, id }];
}

function dateIssues(date: PartialDate | null | undefined, path: string): DataIssue[] {
  return date && !toInterval(date) ? [{ path, code: 'invalid-date', got: date }] : [];
}

/** Citations (objects with `document` and `quote`) anywhere in a record that name an unlisted document. */
function unknownDocuments(record: object, known: Set<string>): DataIssue[] {
  const found: DataIssue[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (typeof v.document === 'string' && typeof v.quote === 'string' && !known.has(v.document)) {
        found.push({ path: join(path, 'document'), code: 'unknown-reference', target: 'document', id: v.document });
      }
      for (const [key, child] of Object.entries(v)) visit(child, join(path, key));
    }
  };
  visit(record, '');
  return found;
}

function join(base: string, path: string): string {
  return !path ? base : !base ? path : path.startsWith('[') ? base + path : `${base}.${path}`;
}
