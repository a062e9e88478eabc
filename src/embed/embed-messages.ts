/**
 * The sentences of the embed page's own issues (embed-params.ts), in its language, and their
 * `coop-error` (type `attribute`, `path` the parameter), as the elements tell theirs.
 */
import { msg, str } from '@lit/localize';
import type { CoopErrorDetail } from '../data/problems.js';
import type { EmbedIssue } from './embed-params.js';

/** The sentence for one issue. */
export function describeEmbedIssue(issue: EmbedIssue): string {
  const { parameter } = issue;
  switch (issue.code) {
    case 'not-a-choice': {
      const { value } = issue;
      const choices = issue.choices.join(', ');
      return msg(str`Le paramètre ${parameter}="${value}" n'est pas reconnu ; valeurs possibles : ${choices}.`);
    }
    case 'not-a-parameter': {
      const known = issue.known.join(', ');
      return msg(str`Le paramètre ${parameter} n'est pas reconnu et a été ignoré ; paramètres possibles : ${known}.`);
    }
    case 'not-a-colour': {
      const { value } = issue;
      return msg(str`Le paramètre brand-color="${value}" n'est pas une couleur CSS (par exemple #00665e).`);
    }
    case 'other-origin': {
      const { origin, own } = issue;
      return msg(str`Le fichier de données (src) est sur un autre site (${origin}) : cette page ne montre que des données de son propre site (${own}).`);
    }
  }
}

/** The `coop-error` of the page's issues. */
export function embedProblem(issues: readonly EmbedIssue[]): CoopErrorDetail {
  const sentences = issues.map(describeEmbedIssue);
  return {
    type: 'attribute',
    message: sentences.join(' '),
    issues: issues.map((issue, i) => ({ path: issue.parameter, message: sentences[i] })),
  };
}

/** The page's title (an iframe's own `title` names it for the page around it). */
export function embedTitle(): string {
  return msg('Coopération internationale');
}
