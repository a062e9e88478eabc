/**
 * The bundled dataset as the map and the timeline load it: split at build time
 * (scripts/build-data.mjs) so that a page downloads only what it shows. Every page has the
 * index (the institutions, named in French); the records the views draw come per institution
 * and language (texts in that language and French, the institution's names too), with the
 * fields the schema requires. A card's
 * partnership told whole comes on its own (`bundled-details.ts`).
 * The data was validated at build time, so none of this carries the validator.
 */
import { coreParts, institutions } from '../generated/data/index.js';
import { normalizeDataset, type Dataset } from './dataset.js';
import type { FailureCause } from './messages.js';
import type { RequestResult } from './request.js';
import type { DatedEvent, Institution, LocalizedText, Partnership } from './schema.generated.js';

/** An institution's texts in a part's language (the index has them in French only). */
export type InstitutionTexts = Pick<Institution, 'id' | 'name' | 'shortName'>;

/** The bundled institutions, with the texts of `texts`' institutions in their language. */
export function localizedInstitutions(texts: readonly InstitutionTexts[]): Institution[] {
  const byId = new Map(texts.map((t) => [t.id, t]));
  return institutions.map((i) => ({ ...i, ...byId.get(i.id) }));
}

/** What the views draw of one institution: its records with the fields the schema requires. */
export interface CorePart {
  institution: InstitutionTexts;
  partnerships: Partnership[];
  events: DatedEvent[];
  /** Labels of the domains these records use. */
  domains: Record<string, LocalizedText>;
}

/** The ids of the bundled institutions. */
export const bundledInstitutionIds: readonly string[] = institutions.map((i) => i.id);

const cores = new Map<string, Promise<CorePart>>();
const datasets = new Map<string, Promise<Dataset>>();

/** The language of the bundled parts for a page in `language` ("ar", "en-GB"…): French when there is none. */
export function bundledLanguage(language: string | undefined): string {
  const base = (language ?? 'fr').toLowerCase().split('-')[0];
  const [first] = Object.values(coreParts);
  return first && Object.hasOwn(first, base) ? base : 'fr';
}

function corePart(id: string, language: string): Promise<CorePart> {
  const key = `${id}.${language}`;
  let part = cores.get(key);
  if (!part) {
    const loading = coreParts[id][language]().then((m) => m.default as CorePart);
    cores.set(key, (part = loading));
    // A failure is not kept: asked again, the part is fetched again.
    loading.catch(() => cores.get(key) === loading && cores.delete(key));
  }
  return part;
}

/**
 * The bundled records of `institutionIds` (null: all), without their details, with their
 * texts in `language` and French. Elements that ask for the same institutions and language
 * share one dataset; unknown ids are left out (the index still lists every institution, so an
 * element can say which ids exist).
 */
export function bundledDataset(institutionIds: readonly string[] | null, language?: string): Promise<Dataset> {
  const ids = (institutionIds ?? bundledInstitutionIds).filter((id) => Object.hasOwn(coreParts, id));
  const wanted = bundledInstitutionIds.filter((id) => ids.includes(id));
  const lang = bundledLanguage(language);
  const key = `${wanted.join(' ')}.${lang}`;
  let dataset = datasets.get(key);
  if (!dataset) {
    dataset = Promise.all(wanted.map((id) => corePart(id, lang))).then((parts) =>
      normalizeDataset(
        {
          version: 1,
          institutions: localizedInstitutions(parts.map((p) => p.institution)),
          domains: Object.assign({}, ...parts.map((p) => p.domains)),
          partnerships: parts.flatMap((p) => p.partnerships),
          events: parts.flatMap((p) => p.events),
        },
        { complete: false },
      ),
    );
    datasets.set(key, dataset);
    dataset.catch(() => datasets.get(key) === dataset && datasets.delete(key));
  }
  return dataset;
}

/**
 * Why bundled data could not be read (`cause`: a `FailureCause` from a details part, or the
 * error of a chunk's import), as the elements report it. The page then lacks the files
 * beside `coop-widgets.js`: a folder not uploaded, or blocked. Its sentences load with it.
 */
export async function bundledFailure(cause: unknown): Promise<RequestResult> {
  const { failure } = await import('./messages.js');
  const known = typeof cause === 'object' && cause !== null && 'code' in cause;
  // An import's error names the file: "Failed to fetch dynamically imported module: URL".
  const url = /\bhttps?:\/\/\S+/.exec(String((cause as Error)?.message ?? cause))?.[0] ?? '';
  return { status: 'failed', error: failure(known ? (cause as FailureCause) : { code: 'network', url }) };
}
