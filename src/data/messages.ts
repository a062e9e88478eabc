/**
 * Sentences for what went wrong with data, in the page's language (French is the source
 * language; @lit/localize supplies the others). Each says where the problem is, what was
 * expected and what was found, so a web editor can fix the file without a developer:
 * "partnerships[3].partners[0].lat : on attendait un nombre entre -90 et 90, reçu \"12,64\"".
 */
import { msg, str } from '@lit/localize';
import type { JsonType } from './json-schema.js';
import type { LoadIssue } from './load.js';
import type { CoopErrorDetail } from './problems.js';

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

/** What was set aside of a file that is shown (`records` of them whole records), told when read. */
export function setAside(issues: readonly LoadIssue[], records: number): CoopErrorDetail {
  return {
    type: 'schema',
    get message() {
      return records ? rejectedRecordsMessage(records) : ignoredValuesMessage();
    },
    issues: issues.map(reportedIssue),
  };
}

/** An issue as the error reports it: where, and (when read) what is wrong. */
export function reportedIssue(issue: LoadIssue): { readonly path: string; readonly message: string } {
  return {
    path: issue.path,
    get message() {
      return describeIssue(issue);
    },
  };
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

/** Where an issue is: a spreadsheet row and column for CSV, a JSON path otherwise. */
export function issueLocation(issue: LoadIssue): string {
  if (issue.line !== undefined) {
    const line = issue.line;
    return issue.column ? msg(str`Ligne ${line}, colonne « ${issue.column} »`) : msg(str`Ligne ${line}`);
  }
  return issue.path || msg('Racine du fichier');
}

/** A full sentence for one issue: its location and what is wrong. */
export function describeIssue(issue: LoadIssue): string {
  const location = issueLocation(issue);
  const problem = describeProblem(issue);
  return msg(str`${location} : ${problem}`);
}

function describeProblem(issue: LoadIssue): string {
  switch (issue.code) {
    case 'type': {
      const got = shown(issue.got);
      if (issue.expected.includes('number') && issue.minimum !== undefined && issue.maximum !== undefined) {
        const { minimum: min, maximum: max } = issue;
        return msg(str`on attendait un nombre entre ${min} et ${max}, reçu ${got}`);
      }
      const expected = issue.expected.map(typeName).join(msg(' ou '));
      return msg(str`on attendait ${expected}, reçu ${got}`);
    }
    case 'range': {
      const { minimum: min, maximum: max } = issue;
      const got = shown(issue.got);
      return min !== undefined && max !== undefined
        ? msg(str`on attendait un nombre entre ${min} et ${max}, reçu ${got}`)
        : msg(str`nombre hors limites : ${got}`);
    }
    case 'enum': {
      const allowed = issue.allowed.map(shown).join(', ');
      const got = shown(issue.got);
      return msg(str`on attendait l'une des valeurs ${allowed}, reçu ${got}`);
    }
    case 'pattern': {
      const expected = patternName(issue.expected);
      const got = shown(issue.got);
      return msg(str`on attendait ${expected}, reçu ${got}`);
    }
    case 'required': {
      const { field } = issue;
      return msg(str`le champ obligatoire « ${field} » manque`);
    }
    case 'unknown-field': {
      const { field } = issue;
      return msg(str`champ inconnu « ${field} » (vérifiez son orthographe)`);
    }
    case 'empty':
      return msg('valeur vide');
    case 'min-items': {
      const { minItems } = issue;
      return msg(str`au moins ${minItems} élément(s) attendu(s)`);
    }
    case 'duplicate-id': {
      const { id } = issue;
      return msg(str`l'identifiant « ${id} » est déjà utilisé par un autre enregistrement`);
    }
    case 'unknown-reference': {
      const { id } = issue;
      if (issue.target === 'institution') return msg(str`aucune institution n'a l'identifiant « ${id} »`);
      if (issue.target === 'partnership') return msg(str`aucun partenariat valide n'a l'identifiant « ${id} »`);
      return msg(str`le document « ${id} » n'est pas dans la liste des documents`);
    }
    case 'institution-mismatch': {
      const { id, expected } = issue;
      return msg(str`l'institution « ${id} » n'est pas celle du partenariat (« ${expected} »)`);
    }
    case 'invalid-date': {
      const got = shown(issue.got);
      return msg(str`date impossible ou période qui finit avant de commencer : ${got}`);
    }
    case 'unknown-column': {
      const { column } = issue;
      return msg(str`colonne inconnue « ${column} », ignorée (vérifiez son orthographe)`);
    }
    case 'unknown-row-type': {
      const got = shown(issue.got);
      return msg(str`type de ligne inconnu ${got} (institution, partnership ou event), ligne ignorée`);
    }
  }
}

/** The one sentence shown when records were rejected but the rest is displayed. */
export function rejectedRecordsMessage(count: number): string {
  return count === 1
    ? msg('1 enregistrement a été écarté car il contient une erreur ; les autres sont affichés.')
    : msg(str`${count} enregistrements ont été écartés car ils contiennent des erreurs ; les autres sont affichés.`);
}

/** The sentence shown when only columns or fields were ignored, no record rejected. */
export function ignoredValuesMessage(): string {
  return msg('Certaines colonnes ou valeurs du fichier ont été ignorées.');
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

/** Words for the schema's `x-expected` names; an unnamed pattern is shown as it is. */
function patternName(expected: string): string {
  switch (expected) {
    case 'id':
      return msg('un identifiant en minuscules, chiffres et tirets (par exemple « angers-tlemcen »)');
    case 'language-tag':
      return msg('un code de langue comme « fr », « en » ou « ar »');
    case 'date-point':
      return msg('une date comme 2017, 2017-05, 2017-05-26 ou 198X');
    case 'country-code':
      return msg('un code pays ISO de deux lettres majuscules (par exemple « ML » pour le Mali)');
    case 'http-url':
      return msg('une adresse commençant par http:// ou https://');
    default:
      return expected;
  }
}

function typeName(type: JsonType): string {
  switch (type) {
    case 'string':
      return msg('un texte');
    case 'number':
      return msg('un nombre');
    case 'integer':
      return msg('un nombre entier');
    case 'boolean':
      return msg('vrai ou faux (true/false)');
    case 'object':
      return msg('un objet');
    case 'array':
      return msg('une liste');
    case 'null':
      return msg('null (valeur inconnue)');
  }
}

/** A value as shown in a message: strings quoted, structures named, long values cut. */
function shown(value: unknown): string {
  if (value === undefined) return msg('rien');
  if (Array.isArray(value)) return msg('une liste');
  if (value !== null && typeof value === 'object') {
    const json = JSON.stringify(value);
    return json.length <= 60 ? json : msg('un objet');
  }
  const json = JSON.stringify(value) ?? String(value);
  return json.length <= 60 ? json : `${json.slice(0, 57)}…"`;
}
