/**
 * The one owner of a timeline's descriptions. Bundled data brings events' and partnerships'
 * long texts with their details parts, which a timeline needs only once an event is selected
 * (its details) or words are searched (a search looks through descriptions too): this
 * controller fetches them then, in the page's language, with the template of an event's
 * details, and re-renders the host when they arrive. A file's data has the texts already.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dataset, EventRecord } from '../../data/dataset.js';
import { currentLocale } from '../../localization.js';
import type { TimelineEvent } from './timeline-lanes.js';

let details: typeof import('../../data/details.js') | null = null;
const detailsModule = () => import('../../data/details.js').then((module) => (details = module));
let view: typeof import('./timeline-details.js') | null = null;

export interface DescriptionsOptions {
  /** The dataset drawn (null while none). */
  dataset(): Dataset | null;
  /** Whether words are searched. */
  searching(): boolean;
  /** The selected event, whose description is shown. */
  selectedEvent(): string | null;
}

export class DescriptionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DescriptionsOptions;
  /** `of` with every field in `language`, once a search asked for it. */
  #complete: { of: Dataset; language: string; dataset: Dataset } | null = null;

  constructor(host: ReactiveControllerHost, options: DescriptionsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const dataset = this.#options.dataset();
    if (!dataset) return;
    const locale = currentLocale();
    if (this.#options.searching() && !(this.#complete?.of === dataset && this.#complete.language === locale)) {
      void detailsModule()
        .then((module) => module.completeDataset(dataset, locale))
        .then((complete) => {
          if (this.#options.dataset() !== dataset || this.#complete?.dataset === complete) return;
          this.#complete = { of: dataset, language: locale, dataset: complete };
          this.#host.requestUpdate();
        });
    }
    const selected = this.#options.selectedEvent();
    if (selected && !view) void import('./timeline-details.js').then((loaded) => ((view = loaded), this.#host.requestUpdate()));
    if (selected && this.event(dataset, selected, locale) === undefined) {
      void detailsModule()
        .then((module) => module.loadEventDetails(dataset, selected, locale))
        .then(() => this.#host.requestUpdate());
    }
  }

  /** What a search looks through: the dataset with every field in `locale` once loaded, the records drawn until then. */
  searchedIn(dataset: Dataset, locale: string): Dataset {
    const complete = this.#complete;
    return complete && complete.of === dataset && complete.language === locale ? complete.dataset : dataset;
  }

  /** The details of the selected event `item` (its description once loaded), or nothing until their template has loaded. */
  details(item: TimelineEvent, dataset: Dataset, locale: string) {
    return view ? view.eventDetails(item, this.event(dataset, item.event.id, locale), dataset, locale) : nothing;
  }

  /** An event with every field if at hand; undefined while it is being fetched, null when unknown. */
  event(dataset: Dataset, eventId: string, locale: string): EventRecord | null | undefined {
    return dataset.complete ? (dataset.eventById.get(eventId) ?? null) : details?.peekEventDetails(dataset, eventId, locale);
  }
}
