/**
 * axe-core run on an element, with the WCAG 2.x A/AA rules and those of EN 301 549 (the
 * European standard RGAA 4.1 maps to): the violations, and the checks axe could not decide
 * ("incomplete"), which a test must review one by one.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, Result } from 'axe-core';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'EN-301-549'];

/** The rule, the first target and its message, for a failure message a person can act on. */
export function describe(results: Result[]): string[] {
  return results.flatMap((r) => r.nodes.map((n) => `${r.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ') ?? r.help}`));
}

/** axe on `element` (its shadow roots included). */
export async function runAxe(element: Element): Promise<AxeResults> {
  return axe.run(element, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations', 'incomplete'] });
}
