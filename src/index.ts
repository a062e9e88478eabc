/**
 * coop-widgets: web components that show a hospital's international cooperation.
 *
 * This entry point registers every element and exports the data layer (loading,
 * validation, queries, dates), the event classes and the element classes.
 */
export { CoopMap } from './map.js';
export { CoopTimeline } from './timeline.js';
export { CoopCard, CoopCards } from './card.js';
export { CoopFilters } from './filters.js';
export { setLocale } from './localization.js';
export { loadDataset, loadSharedDataset, readDataset, readText } from './data/load.js';
export type { LoadIssue, LoadOptions, LoadResult } from './data/load.js';
export { validateDataset } from './data/validate.js';
export type { DataIssue, ValidationResult } from './data/validate.js';
export { normalizeDataset } from './data/dataset.js';
export type { Dataset, EventRecord, PartnershipRecord } from './data/dataset.js';
export { eventsMatching, foldForSearch, parseTokenList, partnershipsMatching, partnershipsOf } from './data/query.js';
export type { DataFilter } from './data/query.js';
export { parseCsvDataset } from './data/csv.js';
export { resolveText, textIn } from './data/localized-text.js';
export { describeIssue } from './data/messages.js';
export { compareIntervals, midpoint, overlaps, parseDatePoint, toInterval } from './time/partial-date.js';
export type { DateInterval, DatePrecision } from './time/partial-date.js';
export { datetimeAttribute, formatPartialDate } from './time/format-date.js';
export { CoopErrorEvent } from './events/coop-error.js';
export type { CoopErrorDetail } from './events/coop-error.js';
export { CoopLoadEvent } from './events/coop-load.js';
export type { CoopLoadDetail } from './events/coop-load.js';
export { CoopSelectEvent } from './events/coop-select.js';
export type { CoopSelectDetail } from './events/coop-select.js';
export type * from './data/schema.generated.js';
