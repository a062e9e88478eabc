/**
 * What the check page (`dist/check.html`) and the command (`npx coop-widgets check FILE`) say
 * of a hospital's file before it is published: read exactly as an element with `src` reads it,
 * every problem in the file's order with its row and column (CSV) or path (JSON), how much it
 * matters and what was done, the counts, and the file as validated JSON. Sentences are made
 * when read, in the language of that moment.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../format/intl.js';
import { counted } from '../format/plural.js';
import { currentLocale } from '../localization.js';
import { readText, type LoadResult } from './load.js';
import { reportedIssue } from './messages.js';
import { problemCounts, problemsSummary, type ProblemCounts } from './problem-counts.js';
import type { ReportedIssue } from './problems.js';

/** A file checked: what it gives, its problems, and whether any of them is an error. */
export interface CheckReport {
  /** The file's name, as given. */
  readonly name: string;
  readonly result: Exclude<LoadResult, { status: 'aborted' }>;
  /** Every problem, in the order of the file (by row for CSV). */
  readonly issues: readonly ReportedIssue[];
  /** Records set aside, values corrected, and values read another way (information). */
  readonly counts: ProblemCounts & { readonly readOtherwise: number };
  /** Whether the file could not be read at all, or some of its records were set aside. */
  readonly errors: boolean;
}

/** Checks a file's text (`name` and `contentType` tell CSV from JSON when the content does not). */
export function checkText(text: string, name: string, contentType?: string | null): CheckReport {
  const result = readText(text, { url: name, contentType }) as CheckReport['result'];
  const reported = result.status === 'loaded' ? (result.issues ?? []).map(reportedIssue) : [...(result.error.issues ?? [])];
  // A stable sort: the spreadsheet's rows in order, problems of one row as found.
  const issues = reported.map((issue, i) => [issue, i] as const).sort(([a, i], [b, j]) => (a.line ?? 0) - (b.line ?? 0) || i - j).map(([issue]) => issue);
  const counts = { ...problemCounts(issues), readOtherwise: issues.filter((i) => i.severity === 'info').length };
  return { name, result, issues, counts, errors: result.status === 'failed' || counts.setAside > 0 };
}

/** "chu-exemple.csv : 2 partenariats, 3 événements · 1 enregistrement écarté · 1 valeur corrigée", or why it could not be read. */
export function reportSummary(report: CheckReport): string {
  const { name, result } = report;
  if (result.status === 'failed') return msg(str`${name} : ${result.error.message}`);
  const locale = currentLocale();
  const p = result.dataset.partnerships.length;
  const e = result.dataset.events.length;
  const partnerships = p === 0 ? msg('aucun partenariat') : counted(p, locale, () => msg('1 partenariat'), () => msg(str`${formatNumber(p, locale)} partenariats`));
  const events = e === 0 ? msg('aucun événement daté') : counted(e, locale, () => msg('1 événement daté'), () => msg(str`${formatNumber(e, locale)} événements datés`));
  const problems = problemsSummary(report.counts);
  const read = msg(str`${name} : ${partnerships}, ${events}`);
  return problems ? `${read} · ${problems}` : msg(str`${read} · aucune valeur à corriger`);
}

/**
 * The file as validated JSON, in the schema's shape with its `$schema` (the schema beside it,
 * as `data/cooperation.json` has it): what was set aside is not in it, what was corrected is
 * as corrected. Null when the file could not be read.
 */
export function validatedJson(report: CheckReport): string | null {
  const { result } = report;
  if (result.status !== 'loaded' || !result.data) return null;
  const { $schema: _ignored, ...data } = result.data as typeof result.data & { $schema?: unknown };
  void _ignored;
  return `${JSON.stringify({ $schema: './cooperation.schema.json', ...data }, null, 2)}\n`;
}

/** "chu-exemple.csv" gives "chu-exemple.json". */
export function jsonName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return `${base || 'cooperation'}.json`;
}
