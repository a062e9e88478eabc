/**
 * The sentence for one problem in a file, in the page's language (French is the source;
 * @lit/localize supplies the others): where it is (a spreadsheet row and column, or a JSON
 * path), what was expected and what was found, and what was done instead, so a web editor
 * can fix the file without a developer:
 * "Ligne 3, colonne « lat » : on attendait un nombre entre -90 et 90, reçu "35°41" ; placé
 * au centre du pays (Algérie), comme lieu connu au niveau du pays".
 */
import { msg, str } from '@lit/localize';
import { countryName, dateFormat } from '../format/intl.js';
import { currentLocale } from '../localization.js';
import type { JsonType } from './json-schema.js';
import type { LoadIssue } from './load.js';
import type { Action } from './recover.js';

/** How much a problem matters: a record set aside (or nothing read), a value not used as written, or a value read another way. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The severity of an issue, from what was done about it: a record set aside is an error; a
 * value read another way (a domain written as a label, a home institution named by its name
 * or left blank in a file of one institution) is information; anything else a warning.
 */
export function severityOf(issue: LoadIssue): Severity {
  const action = issue.action;
  if (!action || action.do === 'set-aside') return 'error';
  // A place given without coordinates, drawn at its country's position: nothing written was wrong.
  if (issue.code === 'missing-coordinates' && issue.missing === 'both') return 'info';
  return action.do === 'new-domain' || (action.do === 'attached' && action.why !== 'partnership') ? 'info' : 'warning';
}

/** Where an issue is: a spreadsheet row and column for CSV, a JSON path otherwise. */
export function issueLocation(issue: LoadIssue): string {
  if (issue.line !== undefined) {
    const line = issue.line;
    return issue.column ? msg(str`Ligne ${line}, colonne « ${issue.column} »`) : msg(str`Ligne ${line}`);
  }
  return issue.path || msg('Racine du fichier');
}

/** A full sentence for one issue: its location, what is wrong, and what was done. */
export function describeIssue(issue: LoadIssue): string {
  const location = issueLocation(issue);
  const problem = describeProblem(issue);
  const action = describeAction(issue);
  return action ? msg(str`${location} : ${problem} ; ${action}`) : msg(str`${location} : ${problem}`);
}

// What a blank spreadsheet cell gives: a missing value, a null, an empty text.
const BLANK_CELL_CODES = new Set<LoadIssue['code']>(['required', 'type', 'pattern', 'empty', 'enum', 'range', 'min-items']);

/** What is wrong with the value, as read ("on attendait un nombre…, reçu …"). */
export function describeProblem(issue: LoadIssue): string {
  // A spreadsheet's cell is shown as it was typed ("31/02/2023"), not as it was read.
  const got = (value: unknown) => (issue.cell !== undefined && issue.cell !== '' ? shown(issue.cell) : shown(value));
  if (issue.cell === '' && BLANK_CELL_CODES.has(issue.code)) return msg('cellule vide');
  switch (issue.code) {
    case 'type': {
      if (issue.expected.includes('number') && issue.minimum !== undefined && issue.maximum !== undefined) {
        const { minimum: min, maximum: max } = issue;
        return msg(str`on attendait un nombre entre ${min} et ${max}, reçu ${got(issue.got)}`);
      }
      const expected = issue.expected.map(typeName).join(msg(' ou '));
      return msg(str`on attendait ${expected}, reçu ${got(issue.got)}`);
    }
    case 'range': {
      const { minimum: min, maximum: max } = issue;
      const value = got(issue.got);
      return min !== undefined && max !== undefined ? msg(str`on attendait un nombre entre ${min} et ${max}, reçu ${value}`) : msg(str`nombre hors limites : ${value}`);
    }
    case 'enum': {
      const allowed = issue.allowed.map(shown).join(', ');
      return msg(str`on attendait l'une des valeurs ${allowed}, reçu ${got(issue.got)}`);
    }
    case 'pattern': {
      const expected = patternName(issue.expected);
      return msg(str`on attendait ${expected}, reçu ${got(issue.got)}`);
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
      if (issue.target === 'institution') return msg(str`aucun établissement n'a l'identifiant « ${id} »`);
      if (issue.target === 'partnership') return msg(str`aucun partenariat du fichier n'a l'identifiant « ${id} »`);
      return msg(str`le document « ${id} » n'est pas dans la liste des documents`);
    }
    case 'institution-mismatch': {
      const { id, expected } = issue;
      return msg(str`l'établissement « ${id} » n'est pas celui du partenariat (« ${expected} »)`);
    }
    case 'impossible-date':
      return impossibleDate(issue.year, issue.month, issue.day, got(issue.got));
    case 'date-order': {
      const { start, end } = issue;
      return msg(str`la période finit (${end}) avant de commencer (${start})`);
    }
    case 'empty-partner':
      return msg('partenaire sans nom ni lieu');
    case 'missing-coordinates': {
      if (issue.missing === 'both') return msg('pas de coordonnées (lat, lon)');
      const { missing } = issue;
      return msg(str`la coordonnée « ${missing} » manque`);
    }
    case 'domain-label':
      return msg(str`le domaine ${shown(issue.got)} n'est pas dans la liste des domaines`);
    case 'unknown-column': {
      const { column } = issue;
      return msg(str`colonne inconnue « ${column} », ignorée (vérifiez son orthographe)`);
    }
    case 'duplicate-column': {
      const { column } = issue;
      return msg(str`la colonne « ${column} » est déjà dans le fichier sous un autre nom, ignorée`);
    }
    case 'unknown-row-type':
      return msg(str`type de ligne inconnu ${shown(issue.got)} (institution, partnership, event ou domain), ligne ignorée`);
  }
}

/** What was done instead of using the value ("remplacé par…"), or '' when the problem says it. */
export function describeAction(issue: LoadIssue): string {
  const action = issue.action;
  if (!action || issue.code === 'unknown-column' || issue.code === 'duplicate-column' || issue.code === 'unknown-row-type') return '';
  return actionSentence(action, issue);
}

function actionSentence(action: Action, issue: LoadIssue): string {
  switch (action.do) {
    case 'set-aside':
      switch (action.reason) {
        case 'no-id':
          return msg('enregistrement écarté : sans identifiant utilisable, il ne peut pas être montré');
        case 'no-name':
          return msg('enregistrement écarté : rien ne le nomme ni ne le situe (ni titre, ni partenaire nommé, ni lieu)');
        case 'no-date':
          return msg("événement écarté : il n'a pas d'autre date lisible");
        case 'no-institution':
          return msg('enregistrement écarté : son établissement ne peut pas être déterminé');
        case 'duplicate':
          return msg("enregistrement écarté : c'est la copie d'un enregistrement précédent");
        default:
          return msg('enregistrement écarté');
      }
    case 'ignored':
      return msg('ignoré');
    case 'dropped':
      return msg('valeur ignorée');
    case 'default': {
      const { value } = action;
      return msg(str`remplacé par la valeur par défaut « ${value} »`);
    }
    case 'unknown':
      return msg('gardé comme inconnu');
    case 'country-position': {
      const country = countryName(action.country, currentLocale());
      return msg(str`placé au centre du pays (${country}), comme lieu connu au niveau du pays`);
    }
    case 'unlocated':
      return msg('gardé sans lieu : il figure dans le tableau et les fiches, pas sur la carte');
    case 'renamed': {
      const { id } = action;
      return msg(str`celui-ci est renommé « ${id} »`);
    }
    case 'attached': {
      const { id } = action;
      if (action.why === 'named') return msg(str`lu comme « ${id} »`);
      if (action.why === 'only') return msg(str`rattaché à « ${id} », le seul établissement du fichier`);
      return msg(str`rattaché à « ${id} », l'établissement de son partenariat`);
    }
    case 'kept':
      return issue.code === 'unknown-reference' && issue.target === 'document' ? msg('citation gardée, avec ce nom de document') : msg('gardé, montré sans son établissement');
    case 'title-from': {
      const title = shown(action.title);
      return msg(str`${title} sert de titre`);
    }
    case 'start-from-end': {
      const { start } = action;
      return msg(str`sa date de fin (${start}) est gardée comme date`);
    }
    case 'orphan':
      return msg("l'événement reste sur la chronologie, rattaché à un partenariat inconnu");
    case 'unattached':
      return msg("l'événement est gardé, hors partenariat");
    case 'new-domain': {
      if ('got' in issue && issue.got === action.label) return msg('ajouté comme nouveau domaine, sous ce libellé');
      const label = shown(action.label);
      return msg(str`ajouté comme nouveau domaine, affiché ${label}`);
    }
  }
}

/** "le 31 février n'existe pas": the day and month named in the page's language. */
function impossibleDate(year: number, month: number, day: number, got: string): string {
  const monthName = month >= 1 && month <= 12 ? dateFormat(currentLocale(), { month: 'long' }).format(Date.UTC(2000, month - 1, 1)) : String(month);
  return month === 2 && day === 29
    ? msg(str`date impossible ${got} : le 29 février n'existe pas en ${year}`)
    : msg(str`date impossible ${got} : le ${day} ${monthName} n'existe pas`);
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
export function shown(value: unknown): string {
  if (value === undefined) return msg('rien');
  if (Array.isArray(value)) return msg('une liste');
  if (value !== null && typeof value === 'object') {
    const json = safeJson(value);
    return json !== null && json.length <= 60 ? json : msg('un objet');
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const json = safeJson(value) ?? String(value);
  return json.length <= 60 ? json : `${json.slice(0, 57)}…"`;
}

function safeJson(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}
