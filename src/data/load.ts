/**
 * Loads a dataset: the bundled one, or a JSON or CSV file from a `src` URL. Whatever
 * happens (a 404, a server that hangs, an HTML page instead of data, half the records
 * wrong) the promise resolves with a result the elements can show; it never rejects.
 *
 * load -> parse (JSON or CSV) -> validate -> normalise: each step is its own module.
 */
import { parseCsvDataset, type CsvIssue } from './csv.js';
import { normalizeDataset, type Dataset } from './dataset.js';
import { failure, problemsFound, type FailureCause } from './messages.js';
import type { CoopErrorDetail } from './problems.js';
import type { CooperationDataset, DatedEvent } from './schema.generated.js';
import { validateDataset, type DataIssue } from './validate.js';

/**
 * An issue found in a file, with what was done about it (`action`), and, when it came from
 * CSV, its spreadsheet row, column and the cell as it was typed.
 */
export type LoadIssue = (DataIssue | CsvIssue) & { line?: number; column?: string | null; cell?: string };

/** The outcome of a load. */
export type LoadResult =
  /**
   * Data to show; `rejected` tells what was set aside or corrected (null when every value was
   * used); `issues` is every problem found, structured (the check page and command list them);
   * `data` is the dataset as it was read and repaired, in the schema's shape.
   */
  | { status: 'loaded'; dataset: Dataset; rejected: CoopErrorDetail | null; issues?: readonly LoadIssue[]; data?: CooperationDataset }
  /** Nothing to show, and why. */
  | { status: 'failed'; error: CoopErrorDetail }
  /** The caller aborted the load. */
  | { status: 'aborted' };

export interface LoadOptions {
  /** Aborts the request (the result is then `{status: 'aborted'}`). */
  signal?: AbortSignal;
  /** How long to wait for the file, in milliseconds. Default 15 000. */
  timeout?: number;
  /** Base URL for a relative `src`. Default: the document's base URL. */
  base?: string;
  /** The fetch to use (tests, or a server-side renderer). Default: the global fetch. */
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT = 15_000;

/**
 * Loads the file at `src`, or, when `src` is empty, the whole bundled dataset with every
 * field (the elements load only the parts they show: see `bundled.ts`).
 */
export async function loadDataset(src?: string | null, options: LoadOptions = {}): Promise<LoadResult> {
  if (!src || !src.trim()) {
    // Validated at build time (scripts/validate-data.mjs).
    const { default: bundled } = await import('../../data/cooperation.json');
    return { status: 'loaded', dataset: normalizeDataset(bundled as unknown as CooperationDataset), rejected: null, issues: [] };
  }
  const url = resolveUrl(src.trim(), options.base);
  const fetched = await fetchText(url, options);
  if ('status' in fetched) return fetched;
  return readText(fetched.text, { url, contentType: fetched.contentType });
}

const shared = new Map<string, Promise<LoadResult>>();

/**
 * Makes `result` what elements with this `src` show, without any request: the check page
 * previews a file read in the browser this way (`src="coop-check:1/partenariats.csv"`).
 */
export function provideDataset(src: string, result: LoadResult): void {
  shared.set(resolveUrl(src.trim()), Promise.resolve(result));
}

/**
 * Like `loadDataset`, but elements of one page that name the same `src` (or none) share
 * one request and one parsed dataset. Failed loads are forgotten so that a retry refetches.
 */
export function loadSharedDataset(src?: string | null, options: Omit<LoadOptions, 'signal'> = {}): Promise<LoadResult> {
  const key = src && src.trim() ? resolveUrl(src.trim(), options.base) : '';
  let pending = shared.get(key);
  if (!pending) {
    pending = loadDataset(src, options).then((result) => {
      if (result.status !== 'loaded') shared.delete(key);
      return result;
    });
    shared.set(key, pending);
  }
  return pending;
}

/** What a part of a split dataset takes from the file that lists it (see parts.ts). */
export type PartContext = Pick<CooperationDataset, 'institutions' | 'domains' | 'documents'>;

/**
 * Reads a file's text as JSON or CSV (by its content, its type or its name) and validates
 * it; a part of a split dataset is read with its list's institutions, domains and documents.
 */
export function readText(text: string, hints: { url?: string; contentType?: string | null } = {}, context?: PartContext): LoadResult {
  const withContext = (raw: unknown) =>
    context && raw && typeof raw === 'object' && !Array.isArray(raw)
      ? { ...raw, institutions: context.institutions, domains: { ...context.domains, ...(raw as PartContext).domains }, documents: [...(context.documents ?? []), ...((raw as PartContext).documents ?? [])] }
      : raw;
  const body = text.replace(/^\uFEFF/, '');
  const head = body.trimStart();
  if (head === '') return failed({ code: 'parse', reason: 'empty' });
  if (head.startsWith('<')) return failed({ code: 'parse', reason: 'html' });
  if (head.startsWith('{') || head.startsWith('[')) {
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch (error) {
      return failed({ code: 'parse', reason: 'json', detail: (error as Error).message });
    }
    return readDataset(withContext(raw));
  }
  const csvHint = /csv|tab-separated/i.test(hints.contentType ?? '') || /\.(csv|tsv|txt)(?:[?#]|$)/i.test(hints.url ?? '');
  const firstLine = head.split(/\r?\n/, 1)[0];
  if (csvHint || /[;,\t]/.test(firstLine)) {
    const csv = parseCsvDataset(body);
    // A missing or unknown field is in the column of that field.
    const locate = (issue: LoadIssue) => ({ ...csv.locate('field' in issue && issue.path ? `${issue.path}.${issue.field}` : issue.path), ...issue });
    return readDataset(withContext(csv.data), csv.issues, locate);
  }
  return failed({ code: 'parse', reason: 'unknown' });
}

/**
 * Validates and normalises parsed data. `extraIssues` are problems the parser found;
 * `locate` adds a spreadsheet location to an issue.
 */
export function readDataset(
  raw: unknown,
  extraIssues: LoadIssue[] = [],
  locate: (issue: LoadIssue) => LoadIssue = (issue) => issue,
): LoadResult {
  const { data, issues } = validateDataset(raw);
  const all = [...extraIssues, ...issues.map(locate)];
  if (!data) return failed({ code: 'not-a-dataset' }, all);
  return { status: 'loaded', dataset: normalizeDataset(withOrphansShown(data)), rejected: problemsFound(all), issues: all, data };
}

/**
 * The events of a partnership that is not in the file (set aside, or a typo) are shown as
 * belonging to none, with the id they name (`unknownPartnership`): nothing selects a
 * partnership that is not there. The repaired data keeps the id as written.
 */
function withOrphansShown(data: CooperationDataset): CooperationDataset {
  const known = new Set(data.partnerships.map((p) => p.id));
  const orphan = (e: DatedEvent) => e.partnership !== null && !known.has(e.partnership);
  return data.events.some(orphan) ? { ...data, events: data.events.map((e) => (orphan(e) ? { ...e, partnership: null, unknownPartnership: e.partnership } : e)) } : data;
}

/** A file's text, or why it could not be had (the same messages as for any `src`). */
export async function fetchText(
  url: string,
  options: LoadOptions,
): Promise<{ text: string; contentType: string | null } | Exclude<LoadResult, { status: 'loaded' }>> {
  if (options.signal?.aborted) return { status: 'aborted' };
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await (options.fetch ?? fetch)(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      return failed({ code: 'http', url, status: response.status });
    }
    // The body can hang after the headers: the timeout still applies while it streams.
    const contentType = response.headers.get('content-type');
    return { text: decodeText(await response.arrayBuffer(), contentType), contentType };
  } catch {
    if (options.signal?.aborted) return { status: 'aborted' };
    if (timedOut) return failed({ code: 'timeout', url, seconds: Math.round(timeout / 100) / 10 });
    return failed({ code: 'network', url });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A file's bytes as text: in the charset its server names, else UTF-8, else Windows-1252,
 * the encoding a French Excel gives "CSV (séparateur : point-virgule)" files (a byte that is
 * not UTF-8 would otherwise turn "Hôpital" into "H�pital").
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array, contentType?: string | null): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown charset: read as below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `src` as an absolute URL (relative to the document). */
export function resolveUrl(src: string, base?: string): string {
  try {
    return new URL(src, base ?? globalThis.document?.baseURI).href;
  } catch {
    return src;
  }
}

function failed(cause: FailureCause, issues: LoadIssue[] = []): Extract<LoadResult, { status: 'failed' }> {
  return { status: 'failed', error: failure(cause, issues) };
}
