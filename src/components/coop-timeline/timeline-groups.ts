/**
 * The timeline's lanes by institution, country, partnership or kind (`group-by`), loaded
 * when a timeline asks for them. Lane labels use `msg()`: call from render paths.
 */
import { msg, str } from '@lit/localize';
import type { Dataset, EventRecord } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import { countryName } from '../../format/intl.js';
import type { TemplateResult } from 'lit';
import { inLanguage } from '../shared/in-language.js';
import { eventKindLabel } from '../shared/kind-labels.js';
import type { GroupBy, Lane, TimelineEvent } from './timeline-lanes.js';

/** The lane key of an event, '' when it has none (no country, no partnership). */
function laneKey(item: TimelineEvent, groupBy: GroupBy, dataset: Dataset): string {
  const e = item.event;
  switch (groupBy) {
    case 'institution':
      return e.institution;
    case 'partnership':
      // An event whose partnership the file does not have keeps a lane of that id.
      return e.partnership ?? e.unknownPartnership ?? '';
    case 'kind':
      return e.kind;
    case 'country': {
      // An event's own place first, else its partnership's first partner country.
      const partnership = e.partnership === null ? undefined : dataset.partnershipById.get(e.partnership);
      return e.place?.country ?? partnership?.countries[0] ?? '';
    }
  }
}

function laneLabel(key: string, groupBy: GroupBy, dataset: Dataset, locale: string): string | TemplateResult {
  switch (groupBy) {
    case 'institution': {
      const institution = dataset.institutionById.get(key);
      return textIn(institution?.shortName ?? institution?.name, locale) || key;
    }
    case 'partnership':
      if (!key) return msg('Hors partenariat');
      return inLanguage(dataset.partnershipById.get(key)?.title, locale) || msg(str`Partenariat inconnu (« ${key} »)`);
    case 'kind':
      return eventKindLabel(key as EventRecord['kind']);
    case 'country':
      return key ? countryName(key, locale) : msg('Pays non précisé');
  }
}

/** The lanes of `items` (chronological): one per group, in the order of their first event, the group without a key last. */
export function groupLanes(items: readonly TimelineEvent[], groupBy: GroupBy, dataset: Dataset, locale: string): Lane[] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const item of items) {
    const key = laneKey(item, groupBy, dataset);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : 0));
  return keys.map((key) => ({ key: key || '—', label: laneLabel(key, groupBy, dataset, locale), items: groups.get(key)! }));
}
