/**
 * What the `<coop-map>` tests share (test/coop-map.test.ts, test/map-interaction.test.ts):
 * the two datasets they draw (the bundled data and the small fixture, each also as JSON for
 * expected values), mounting a map and waiting for it to draw, reading its marks, and the
 * counts a map of given partnerships shows.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/map.js';
import type { CoopMap } from '../../src/map.js';
import bundledJson from '../../data/cooperation.json';
import smallJson from '../fixtures/small-dataset.json';
import type { CooperationDataset, Partnership } from '../../src/data/schema.generated.js';

/** The bundled dataset, what a map without `src` shows. */
export const bundled = bundledJson as unknown as CooperationDataset;

/** The small fixture (test/fixtures/small-dataset.json), and where it is served raw for `src`. */
export const small = smallJson as unknown as CooperationDataset;

/** A test fixture file as a web server sends it (see web-test-runner.config.js). */
export const raw = (name: string) => new URL(`/__raw/test/fixtures/${name}`, location.href).href;
export const SMALL = raw('small-dataset.json');

/** Waits until the map drew its marks, a state, or its table. */
export async function loaded(el: CoopMap): Promise<CoopMap> {
  await waitUntil(() => el.shadowRoot!.querySelector('.marks .mark, .state:not(.loading), table'), 'the map did not render', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

export async function mapOf(template: ReturnType<typeof html>): Promise<CoopMap> {
  return loaded(await fixture<CoopMap>(template));
}

export const marks = (el: CoopMap) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.marks .mark')];
export const partnerMarks = (el: CoopMap) => marks(el).filter((m) => !m.classList.contains('home-mark'));
export const homeMarks = (el: CoopMap) => marks(el).filter((m) => m.classList.contains('home-mark'));
/** How many partners the marks stand for: one per partner mark, a cluster's count for a cluster. */
export const partnersShown = (el: CoopMap) =>
  partnerMarks(el).reduce((n, m) => n + (m.classList.contains('cluster-mark') ? Number(m.querySelector('.count')!.textContent) : 1), 0);
export const focused = (el: CoopMap) => el.shadowRoot!.activeElement as SVGGElement | null;

/** The partnerships of `institutions` (all when none) that have partners: what a map draws. */
export function drawn(dataset: CooperationDataset, ...institutions: string[]): Partnership[] {
  return dataset.partnerships.filter((p) => (!institutions.length || institutions.includes(p.institution)) && p.partners.length > 0);
}

/** The partners of `partnerships` that have a place on the map. */
export function locatedPartners(partnerships: readonly Partnership[]): Partnership['partners'] {
  return partnerships.flatMap((p) => p.partners).filter((p) => p.lat !== null && p.lon !== null);
}

/**
 * The map's summary of `partnerships`, as the element words it (partners all located:
 * no "sans lieu précis" part).
 */
export function summaryOf(partnerships: readonly Partnership[]): string {
  const partners = partnerships.flatMap((p) => p.partners);
  const countries = new Set(partners.map((p) => p.country).filter(Boolean)).size;
  return partners.length === 1 ? `1 partenaire dans ${countries} pays` : `${partners.length} partenaires dans ${countries} pays`;
}
