/**
 * How much a file lost, counted and told in a few words ("1 enregistrement écarté · 3 valeurs
 * corrigées"), from problems whose severity is known (a `coop-error`'s issues). Apart from
 * messages.ts so that an element's summary and empty states count problems without loading
 * the sentences of every problem.
 */
import { msg, str } from '@lit/localize';
import { counted } from '../format/plural.js';
import { currentLocale } from '../localization.js';

/** How many records were set aside and values corrected. */
export interface ProblemCounts {
  setAside: number;
  corrected: number;
}

/**
 * Counts what `issues` set aside (`error`) and corrected (`warning`): records set aside once
 * each, however many problems made them unusable; values read another way (`info`) are not
 * counted.
 */
export function problemCounts(issues: readonly { path: string; severity?: 'error' | 'warning' | 'info' }[]): ProblemCounts {
  const setAside = new Set<string>();
  let corrected = 0;
  for (const issue of issues) {
    if ((issue.severity ?? 'error') === 'error') setAside.add(recordOf(issue.path));
    else if (issue.severity === 'warning') corrected++;
  }
  return { setAside: setAside.size, corrected };
}

/** The record a path is in: "events[2].date.start" gives "events[2]". */
function recordOf(path: string): string {
  return /^(?:\w+\[\d+\]|domains\.[^.[]+)/.exec(path)?.[0] ?? path;
}

/** "1 enregistrement écarté · 3 valeurs corrigées": what an element's summary adds. */
export function problemsSummary({ setAside, corrected }: ProblemCounts, separator = ' · '): string {
  const parts: string[] = [];
  const locale = currentLocale();
  if (setAside) parts.push(counted(setAside, locale, () => msg('1 enregistrement écarté'), () => msg(str`${setAside} enregistrements écartés`)));
  if (corrected) parts.push(counted(corrected, locale, () => msg('1 valeur corrigée'), () => msg(str`${corrected} valeurs corrigées`)));
  return parts.join(separator);
}
