/**
 * The sentences of attribute issues (attributes.ts), in the page's language when read:
 * loaded only when an element has an attribute it cannot use.
 */
import { msg, str } from '@lit/localize';
import { pluralForm } from '../../format/plural.js';
import { currentLocale } from '../../localization.js';
import type { CoopErrorDetail } from '../../data/problems.js';
import type { AttributeIssue } from './attributes.js';

/** The sentence for one issue, in the page's language. */
export function describeAttributeIssue(issue: AttributeIssue): string {
  const { attribute } = issue;
  switch (issue.code) {
    case 'unknown-id': {
      const ids = issue.ids.join(', ');
      const known = issue.known.slice(0, 12).join(', ') + (issue.known.length > 12 ? '…' : '');
      return msg(str`L'attribut ${attribute} nomme « ${ids} », que les données n'ont pas ; identifiants disponibles : ${known}.`);
    }
    case 'not-a-choice': {
      const { value } = issue;
      const choices = issue.choices.join(', ');
      return msg(str`L'attribut ${attribute}="${value}" n'est pas reconnu ; valeurs possibles : ${choices}.`);
    }
    case 'not-a-date': {
      const { value } = issue;
      return msg(str`L'attribut ${attribute}="${value}" n'est pas une date (par exemple 2014, 2016-04 ou 2016-04-12).`);
    }
    case 'out-of-range': {
      const { value, min, max } = issue;
      return msg(str`L'attribut ${attribute}="${value}" doit être un nombre de ${min} à ${max}.`);
    }
  }
}

/** The `coop-error` of `issues` (type `attribute`, `path` the attribute), told when read. */
export function attributeProblem(issues: readonly AttributeIssue[]): CoopErrorDetail {
  return {
    type: 'attribute',
    get message() {
      return issues.length === 1 ? describeAttributeIssue(issues[0]) : pluralForm(msg(str`${issues.length} attributs ne peuvent pas être utilisés.`), issues.length, currentLocale());
    },
    issues: issues.map((issue) => ({
      path: issue.attribute,
      get message() {
        return describeAttributeIssue(issue);
      },
    })),
  };
}

