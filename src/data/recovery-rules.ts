/**
 * What the recovery (recover.ts) does with a value that cannot be used, by where it is in
 * its record. A bad value costs that value, not its record: it is dropped, replaced by the
 * field's default, or kept as unknown; a record is set aside only when it cannot be shown at
 * all (no usable id; a partnership nothing names; an event without a readable date).
 *
 * Keys are paths inside a record with `[]` for any index and `*` for any key; the longest
 * key that leads to a bad value decides. Where no key leads to it, the item of a list that
 * holds it is dropped (an activity, a figure, a citation); a field no key names is dropped.
 */

/** What to do with the value at a rule's path. */
export type Fix =
  /** The record cannot be shown: set it aside. */
  | 'set-aside'
  /** Drop the value (an optional field, or an item of a list). */
  | 'drop'
  /** The field becomes null: unknown ("since", a partner's name or city). */
  | 'unknown'
  /** The field takes its default value. */
  | { default: string | readonly never[] }
  /** Coordinates: the country's position when the country is known, else no place. */
  | 'place'
  /** A place's precision: city when a city is given, region when a region is, else country. */
  | 'precision'
  /** The home institution: the one the cell names, the file's only one, or the partnership's. */
  | 'institution'
  /** A partnership's title: its first partner's name or city; a partnership nothing names is set aside. */
  | 'partnership-title'
  /** An event's title: its partnership's. */
  | 'event-title'
  /** An institution's name: its short name. */
  | 'institution-name'
  /** An event's date: its end when only the start is unreadable; an event without a readable date is set aside. */
  | 'event-date'
  /** An event's partnership that is not an id: none. */
  | 'event-partnership';

export type Rules = Readonly<Record<string, Fix>>;

/** A place's fields (an institution's, a partner's, an event's `place`), under `at`. */
function placeRules(at: string): Rules {
  const p = (field: string) => (at ? `${at}.${field}` : field);
  return { [p('city')]: 'unknown', [p('region')]: 'unknown', [p('country')]: 'unknown', [p('lat')]: 'place', [p('lon')]: 'place', [p('precision')]: 'precision' };
}

/** A localized text field: a bad language entry is dropped, then the field's own rule applies. */
function text(field: string, fix: Fix): Rules {
  return { [field]: fix, [`${field}.*`]: 'drop' };
}

export const INSTITUTION_RULES: Rules = {
  id: 'set-aside',
  ...text('name', 'institution-name'),
  ...text('shortName', 'drop'),
  kind: 'drop',
  ...placeRules(''),
  url: 'unknown',
  sources: 'drop',
  inferences: 'drop',
};

export const PARTNERSHIP_RULES: Rules = {
  id: 'set-aside',
  institution: 'institution',
  kind: { default: 'partnership' },
  ...text('title', 'partnership-title'),
  ...text('summary', 'drop'),
  partners: { default: [] },
  'partners[]': 'drop',
  ...text('partners[].name', 'unknown'),
  'partners[].kind': 'drop',
  ...placeRules('partners[]'),
  associates: 'drop',
  homeUnits: 'drop',
  'homeUnits[].*': 'drop',
  status: { default: 'unknown' },
  since: 'unknown',
  ...text('sinceNote', 'drop'),
  until: 'drop',
  domains: { default: [] },
  'domains[]': 'drop',
  activities: 'drop',
  figures: 'drop',
  'figures[].period': 'drop',
  people: 'drop',
  sources: 'drop',
  inferences: 'drop',
};

export const EVENT_RULES: Rules = {
  id: 'set-aside',
  institution: 'institution',
  partnership: 'event-partnership',
  date: 'event-date',
  'date.start': 'event-date',
  'date.end': 'drop',
  'date.approximate': 'drop',
  'date.part': 'drop',
  status: { default: 'done' },
  kind: { default: 'other' },
  ...text('title', 'event-title'),
  ...text('description', 'drop'),
  place: 'unknown',
  'place.name': 'unknown',
  ...placeRules('place'),
  figures: 'drop',
  'figures[].period': 'drop',
  sources: 'drop',
  inferences: 'drop',
};
