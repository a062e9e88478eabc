/**
 * Sentences for what went wrong with data, in the page's language (French is the source
 * language; @lit/localize supplies the others): why a file could not be read, and what was
 * set aside or corrected in a file that is shown. The sentence of each problem in a file
 * (where, what was expected, what was found, what was done) is issue-messages.ts's.
 */
import { msg, str } from '@lit/localize';
import { describeIssue, severityOf } from './issue-messages.js';
import type { LoadIssue } from './load.js';
import { problemCounts, problemsSummary, type ProblemCounts } from './problem-counts.js';
import type { CoopErrorDetail, ReportedIssue } from './problems.js';

export { describeIssue, issueLocation } from './issue-messages.js';
export { problemCounts, problemsSummary, type ProblemCounts } from './problem-counts.js';

/** Why a file could not be read: a code and its parameters. */
export type FailureCause =
  | { code: 'http'; url: string; status: number }
  | { code: 'network'; url: string }
  | { code: 'timeout'; url: string; seconds: number }
  | { code: 'parse'; reason: 'html' | 'json' | 'empty' | 'unknown'; detail?: string }
  | { code: 'not-a-dataset' };

/** A failure to read a file, whose sentences are made when read, in the language of that moment. */
export function failure(cause: FailureCause, issues: readonly LoadIssue[] = []): CoopErrorDetail {
  const type = cause.code === 'not-a-dataset' ? 'schema' : cause.code;
  return {
    type,
    ...(cause.code === 'http' ? { status: cause.status } : {}),
    get message() {
      return failureMessage(cause);
    },
    ...(issues.length ? { issues: issues.map(reportedIssue) } : {}),
  };
}

/**
 * What was set aside or corrected in a file that is shown, told when read; null when every
 * value was used as written (or only read another way, such as a domain written as a label).
 */
export function problemsFound(issues: readonly LoadIssue[]): CoopErrorDetail | null {
  const counts = problemCounts(issues.map((issue) => ({ path: issue.path, severity: severityOf(issue) })));
  if (!counts.setAside && !counts.corrected) return null;
  return {
    type: 'schema',
    get message() {
      return problemsMessage(counts);
    },
    issues: issues.map(reportedIssue),
  };
}

/** An issue as the error reports it: where, how much it matters, and (when read) what is wrong and what was done. */
export function reportedIssue(issue: LoadIssue): ReportedIssue {
  return {
    path: issue.path,
    severity: severityOf(issue),
    ...(issue.line !== undefined ? { line: issue.line } : {}),
    ...(issue.column ? { column: issue.column } : {}),
    get message() {
      return describeIssue(issue);
    },
  };
}

/** The sentence of a `coop-error` for a file that is shown with problems. */
function problemsMessage(counts: ProblemCounts): string {
  const parts = problemsSummary(counts, ', ');
  return msg(str`Dans le fichier de données : ${parts} ; tout le reste est affiché.`);
}

/** The sentence for a failure. */
function failureMessage(cause: FailureCause): string {
  switch (cause.code) {
    case 'http':
      return httpErrorMessage(cause.url, cause.status);
    case 'network':
      return networkErrorMessage(cause.url);
    case 'timeout':
      return timeoutMessage(cause.url, cause.seconds);
    case 'parse':
      return parseErrorMessage(cause.reason, cause.detail);
    case 'not-a-dataset':
      return notADatasetMessage();
  }
}

/** The sentence for a dataset that is not in the expected shape at all. */
export function notADatasetMessage(): string {
  return msg('Le fichier ne contient pas de données de coopération au format attendu.');
}

/** The sentence for an HTTP error status. */
export function httpErrorMessage(url: string, status: number): string {
  return status === 404
    ? msg(str`Le fichier de données est introuvable (erreur 404) : ${url}`)
    : msg(str`Le serveur a répondu par une erreur ${status} au lieu d’envoyer le fichier de données : ${url}`);
}

/** The sentence for a request that failed before any answer. */
export function networkErrorMessage(url: string): string {
  return msg(str`Le fichier de données n'a pas pu être chargé (réseau indisponible ou adresse refusée) : ${url}`);
}

/** The sentence for a request that took too long. */
export function timeoutMessage(url: string, seconds: number): string {
  return msg(str`Le serveur n’a pas envoyé le fichier de données en ${seconds} secondes : ${url}`);
}

/** The sentences for content that cannot be read as data. */
export function parseErrorMessage(reason: 'html' | 'json' | 'empty' | 'unknown', detail = ''): string {
  switch (reason) {
    case 'html':
      return msg("Le fichier reçu est une page web (HTML), pas des données JSON ou CSV : vérifiez l'adresse dans l'attribut src.");
    case 'empty':
      return msg('Le fichier de données est vide.');
    case 'json':
      return msg(str`Le fichier n'est pas du JSON valide (${detail}).`);
    default:
      return msg('Le fichier n\'est ni du JSON ni du CSV.');
  }
}

