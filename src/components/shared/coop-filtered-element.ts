/**
 * The base of the elements that show a filtered part of the data (map, timeline, cards): the
 * institution and the filters, declared once and turned into one `DataFilter` value.
 */
import { property } from 'lit/decorators.js';
import type { DataFilter } from '../../data/query.js';
import { visitorFilter, type GroupFilters } from '../../model/group-store.js';
import { parseTokenList } from '../../data/tokens.js';
import type { DataRequest } from '../../data/request.js';
import { memoize } from '../../model/memoize.js';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from '../../data/vocabulary.generated.js';
import type { Dataset } from '../../data/dataset.js';
import { notChoices, unknownIds, type AttributeIssue } from './attributes.js';
import { CoopDataElement } from './coop-element.js';
import { currentLocale } from '../../localization.js';

/** The tokens of `value` among `choices`; null (no filter) when none is. A wrong one is reported, not applied. */
function among(value: string | null, choices: readonly string[]): string[] | null {
  const tokens = parseTokenList(value)?.filter((t) => choices.includes(t));
  return tokens?.length ? tokens : null;
}

export class CoopFilteredElement extends CoopDataElement {
  /** Home institution id(s), separated by spaces; absent: all institutions. */
  @property() institution: string | null = null;
  /** ISO 3166-1 alpha-2 country codes (of partners, or of an event's place), separated by spaces. */
  @property() country: string | null = null;
  /** Domain ids, separated by spaces. */
  @property() domain: string | null = null;
  /** Statuses to show, separated by spaces: of partnerships (active planned under-study ended unknown) on a map or cards, of events (done planned) on a timeline. */
  @property() status: string | null = null;
  /** Kinds to show, separated by spaces: of partnerships (partnership network research-project…) on a map or cards, of events (agreement visit mission…) on a timeline. */
  @property() kind: string | null = null;

  /** The values `status` and `kind` take: a partnership's (a timeline takes an event's). */
  protected readonly statusChoices: readonly string[] = PARTNERSHIP_STATUSES;
  protected readonly kindChoices: readonly string[] = PARTNERSHIP_KINDS;
  /** What the element shows: partnerships, or (a timeline) events. */
  protected readonly recordLevel: 'partnership' | 'event' = 'partnership';

  readonly #filter = memoize(
    (institution: string | null, country: string | null, domain: string | null, status: string | null, kind: string | null): DataFilter => ({
      institutions: parseTokenList(institution),
      countries: parseTokenList(country)?.map((c) => c.toUpperCase()),
      domains: parseTokenList(domain),
      statuses: among(status, this.statusChoices),
      kinds: among(kind, this.kindChoices),
    }),
  );

  /** The filter the attributes ask for: the same object as long as they stay the same. */
  protected get filter(): DataFilter {
    return this.#filter(this.institution, this.country, this.domain, this.status, this.kind);
  }

  readonly #shownFilters = memoize((page: DataFilter, visitor: GroupFilters): DataFilter[] => [page, visitorFilter(visitor, this.recordLevel)]);

  /** The filters of what is shown: the page's (attributes), and the visitors' from the group (`<coop-filters>`). */
  protected shownFilters(visitor: GroupFilters): DataFilter[] {
    return this.#shownFilters(this.filter, visitor);
  }

  /** What is wrong with the filter attributes (an unknown institution once `dataset` tells). */
  protected filterIssues(dataset: Dataset | null): AttributeIssue[] {
    return [
      dataset ? unknownIds('institution', this.institution, dataset.institutionById.keys()) : null,
      notChoices('status', this.status, this.statusChoices),
      notChoices('kind', this.kind, this.kindChoices),
    ].filter((i): i is AttributeIssue => i !== null);
  }

  /** The data the element shows: its file, or the bundled records of its institutions in the page's language. */
  protected dataRequest(): DataRequest {
    return { src: this.src, institutions: this.filter.institutions ?? null, language: currentLocale() };
  }
}
