/* Generated from data/cooperation.schema.json by scripts/schema-types.mjs. Do not edit:
 * change the schema and run `npm run gen:types`. */

/**
 * A stable identifier: lower-case letters, digits and single hyphens, e.g. "angers-tlemcen-kidney-transplant".
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * A calendar date at the precision the source gives: a year ("2014"), a month ("2014-09"), a day ("2014-09-20"), or a decade with its last digit unknown ("198X" for the 1980s).
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "DatePoint".
 */
export type DatePoint = string;
/**
 * An http(s) address. Other schemes are refused.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "HttpUrl".
 */
export type HttpUrl = string | null;
/**
 * What kind of organisation this is.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "OrganisationKind".
 */
export type OrganisationKind =
  | 'hospital'
  | 'university'
  | 'research-centre'
  | 'association'
  | 'foundation'
  | 'public-authority'
  | 'network'
  | 'other';
/**
 * ISO 3166-1 alpha-2 country code in capitals, e.g. "ML" for Mali, "CD" for the Democratic Republic of the Congo.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Country".
 */
export type Country = string | null;
/**
 * Latitude in decimal degrees (WGS 84), north positive.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Latitude".
 */
export type Latitude = number | null;
/**
 * Longitude in decimal degrees (WGS 84), east positive.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Longitude".
 */
export type Longitude = number | null;
/**
 * What the coordinates locate: the site itself, only the city, only the region (a state or province: then `region` names it), or only the country (then they are the country's centre and must not be drawn as a precise point).
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Precision".
 */
export type Precision = 'site' | 'city' | 'region' | 'country';

/**
 * A hospital's international cooperation: home institutions, partnerships (and programmes without a partner place), dated events, and the documents every fact is taken from. Used by <coop-map>, <coop-timeline> and <coop-card> through their `src` attribute.
 */
export interface CooperationDataset {
  /**
   * Path or URL of this schema, so that editors offer completion.
   */
  $schema?: string;
  /**
   * Version of the data format. Always 1 for this schema.
   */
  version: 1;
  /**
   * How the texts in languages other than the sources' were written, by language tag, e.g. {"ar": {"by": "machine", "reviewed": false}}: a page can tell its visitors, and a translator knows what is left to review.
   */
  translations?: {
    [k: string]: Translation;
  };
  /**
   * The documents the facts are taken from. Citations name a document by its `file`.
   */
  documents?: SourceDocument[];
  /**
   * Labels of the domain ids used in `domains` fields, e.g. {"cardiac-surgery": {"fr": "Chirurgie cardiaque", "en": "Cardiac surgery"}}. An id without a label is shown as written.
   */
  domains?: {
    [k: string]: LocalizedText;
  };
  /**
   * The home institutions: the hospitals whose cooperation the dataset tells.
   */
  institutions: Institution[];
  /**
   * Partnerships of a home institution with one or more partners, and programmes that have no partner place (research funding, doctoral programmes, networks), told by `kind`.
   */
  partnerships: Partnership[];
  /**
   * Dated events (conventions, visits, missions, caravans, trainings, congresses...), each at the precision its source gives.
   */
  events: DatedEvent[];
  /**
   * For data too large for one file, split by home institution: the file of each institution's partnerships and events, by institution id, relative to this file (e.g. {"chu-angers": "chu-angers.json"}). An element with `institution` then loads only the files of its institutions. Each part is a dataset of its own (`version`, `institutions` empty, `partnerships`, `events`) whose records refer to this file's institutions, domains and documents. `node scripts/split-dataset.mjs` writes such files from one dataset.
   */
  parts?: {
    [k: string]: string;
  };
}
/**
 * How the texts of one language were written and whether they were reviewed.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Translation".
 */
export interface Translation {
  /**
   * "native" (a native speaker), "non-native" (a speaker of the language who is not native) or "machine" (machine translation, a language model).
   */
  by: 'native' | 'non-native' | 'machine';
  /**
   * True once a native speaker has reviewed every text in this language.
   */
  reviewed: boolean;
  note?: LocalizedText;
}
/**
 * Human text by language tag (fr, en, ar...). French is the language of the sources and the fallback: give at least one language, preferably "fr".
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export interface LocalizedText {
  [k: string]: string;
}
/**
 * A source document.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "SourceDocument".
 */
export interface SourceDocument {
  /**
   * The document's file name, used by citations.
   */
  file: string;
  /**
   * Its title, as written.
   */
  title: string;
  institution: Id | null;
  published: PartialDate | null;
  /**
   * Language tag of the document.
   */
  language: string;
  url?: HttpUrl;
  note?: LocalizedText;
}
/**
 * A date or a period, never more precise than its source. "fin 2017" is {"start": "2017", "part": "late"}; "du 26 mai au 1er juin 2017" is {"start": "2017-05-26", "end": "2017-06-01"}; "années 1980-1990" is {"start": "198X", "end": "199X", "approximate": true}.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "PartialDate".
 */
export interface PartialDate {
  start: DatePoint;
  end?: DatePoint | null;
  /**
   * True when the source gives the date loosely ("vers", "années 1980-1990").
   */
  approximate?: boolean;
  /**
   * Which part of the start's year or month the source names: "early" (début), "mid" (mi-) or "late" (fin).
   */
  part?: 'early' | 'mid' | 'late';
}
/**
 * A home institution.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Institution".
 */
export interface Institution {
  id: Id;
  name: LocalizedText;
  shortName?: LocalizedText;
  kind?: OrganisationKind;
  /**
   * City, as the sources write it ("Hanoï", "Tombouctou").
   */
  city?: string | null;
  /**
   * The region (state, province, governorate) as the sources write it ("Zamfara"), when the place is known only to it or beside the city; null when unknown.
   */
  region?: string | null;
  country: Country;
  lat: Latitude;
  lon: Longitude;
  precision?: Precision;
  url?: HttpUrl;
  /**
   * Where the institution is named.
   */
  sources?: Citation[];
  /**
   * Values that the sources do not state.
   */
  inferences?: Inference[];
}
/**
 * Where a fact comes from: a document and an exact quote from it.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Citation".
 */
export interface Citation {
  /**
   * The `file` of a document listed in `documents`.
   */
  document: string;
  /**
   * The words of the document that state the fact, copied verbatim.
   */
  quote: string;
}
/**
 * A value that the sources do not state word for word, and why it was taken.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Inference".
 */
export interface Inference {
  /**
   * The fields of this record that hold the inferred value, as paths such as "partners[0].city", "since" or "partners[*].lat" (`*` stands for every index).
   *
   * @minItems 1
   */
  fields: [string, ...string[]];
  note: LocalizedText;
}
/**
 * A partnership of one home institution with one or more partners, or a programme without a partner place (then `kind` says what it is and `partners` may be empty).
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Partnership".
 */
export interface Partnership {
  id: Id;
  institution: Id;
  /**
   * "partnership" with partner organisations, or a programme: "research-funding", "research-project", "doctoral-programme", "training-programme", "network", "patient-programme".
   */
  kind:
    | 'partnership'
    | 'research-funding'
    | 'research-project'
    | 'doctoral-programme'
    | 'training-programme'
    | 'network'
    | 'patient-programme';
  title: LocalizedText;
  summary?: LocalizedText;
  /**
   * Partner organisations and their places.
   */
  partners: Partner[];
  /**
   * Organisations on the home side (co-signers, associations).
   */
  associates?: Associate[];
  /**
   * Departments or hospitals of the home institution that carry the partnership.
   */
  homeUnits?: LocalizedText[];
  /**
   * "active", "planned" (announced), "under-study" (being considered), "ended", or "unknown".
   */
  status: 'active' | 'planned' | 'under-study' | 'ended' | 'unknown';
  since: PartialDate | null;
  sinceNote?: LocalizedText;
  until?: PartialDate | null;
  /**
   * Medical or organisational domains, as ids labelled in the dataset's `domains`.
   */
  domains: Id[];
  /**
   * What is done within it.
   */
  activities?: Activity[];
  /**
   * Key figures.
   */
  figures?: Figure[];
  /**
   * People named, with their roles.
   */
  people?: Person[];
  /**
   * Quotes that establish the partnership. The bundled dataset cites at least one for every record; a hospital's own data may leave it out.
   *
   * @minItems 1
   */
  sources?: [Citation, ...Citation[]];
  /**
   * Values that the sources do not state.
   */
  inferences?: Inference[];
}
/**
 * A partner organisation and where it is. Unknown values are null.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Partner".
 */
export interface Partner {
  name: LocalizedText | null;
  kind?: OrganisationKind;
  /**
   * City, as the sources write it; null when unknown.
   */
  city?: string | null;
  /**
   * The region (state, province, governorate) as the sources write it ("Zamfara"), when the place is known only to it or beside the city; null when unknown.
   */
  region?: string | null;
  country: Country;
  lat?: Latitude;
  lon?: Longitude;
  precision: Precision;
}
/**
 * An organisation working on the home institution's side (a co-signing university, an association, a ministry).
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Associate".
 */
export interface Associate {
  name: LocalizedText;
  kind?: OrganisationKind;
  role?: LocalizedText;
}
/**
 * Something done (or planned) within a partnership.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Activity".
 */
export interface Activity {
  /**
   * The type of activity.
   */
  type:
    | 'training'
    | 'surgical-mission'
    | 'medical-caravan'
    | 'convention'
    | 'visit'
    | 'congress'
    | 'teaching'
    | 'equipment'
    | 'patient-transfer'
    | 'patient-care'
    | 'research'
    | 'expertise'
    | 'management-support'
    | 'other';
  description: LocalizedText;
  /**
   * "done" or "ongoing" when the source reports it, "planned" when it is announced, "under-study" when it is being considered.
   */
  status: 'done' | 'ongoing' | 'planned' | 'under-study';
  source: Citation;
}
/**
 * A key figure: a number, what it counts, and how exact the source is.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Figure".
 */
export interface Figure {
  /**
   * The number; null when the source gives only words ("des centaines").
   */
  value: number | null;
  /**
   * "exact" (72), "about" (près de 30, une quinzaine), "more-than" (plus de 300), "at-least", "up-to", or "unspecified" when the value is null.
   */
  qualifier: 'exact' | 'about' | 'more-than' | 'at-least' | 'up-to' | 'unspecified';
  /**
   * Unit of the value when it is not a count: "EUR", "t" (tonnes), "year", "month".
   */
  unit?: string | null;
  counts: LocalizedText;
  text?: LocalizedText;
  period?: PartialDate | null;
  source: Citation;
}
/**
 * A person the sources name, with the role they give.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "Person".
 */
export interface Person {
  /**
   * Name with title as written ("Pr Philippe Mercier").
   */
  name: string;
  role?: LocalizedText | null;
  /**
   * The organisation they belong to, as written.
   */
  affiliation?: string | null;
  source: Citation;
}
/**
 * A dated event.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "DatedEvent".
 */
export interface DatedEvent {
  id: Id;
  institution: Id;
  partnership: Id | null;
  date: PartialDate;
  /**
   * "done" when it took place, "planned" when the source announces it.
   */
  status: 'done' | 'planned';
  /**
   * What kind of event.
   */
  kind:
    | 'agreement'
    | 'visit'
    | 'delegation'
    | 'mission'
    | 'caravan'
    | 'training'
    | 'congress'
    | 'ceremony'
    | 'exhibition'
    | 'funding'
    | 'start'
    | 'context'
    | 'other';
  title: LocalizedText;
  description?: LocalizedText;
  place?: EventPlace | null;
  /**
   * Figures of the event itself.
   */
  figures?: Figure[];
  /**
   * Quotes that establish the event (see Partnership.sources).
   *
   * @minItems 1
   */
  sources?: [Citation, ...Citation[]];
  /**
   * Values that the sources do not state.
   */
  inferences?: Inference[];
}
/**
 * Where an event took place, when the source says and it differs from the partner's place.
 *
 * This interface was referenced by `CooperationDataset`'s JSON-Schema
 * via the `definition` "EventPlace".
 */
export interface EventPlace {
  /**
   * The site, as written ("Hôpital européen Georges-Pompidou").
   */
  name?: string | null;
  city?: string | null;
  /**
   * The region (state, province, governorate) as the sources write it ("Zamfara"), when the place is known only to it or beside the city; null when unknown.
   */
  region?: string | null;
  country: Country;
  lat?: Latitude;
  lon?: Longitude;
  precision: Precision;
}
