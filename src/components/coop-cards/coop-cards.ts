import { localized, msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { partnershipsMatching } from '../../data/query.js';
import type { Dataset, PartnershipRecord } from '../../data/dataset.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { GroupController } from '../../controllers/group-controller.js';
import { memoize } from '../../model/memoize.js';
import { AttributeReporter, outOfRange, type AttributeIssue } from '../shared/attributes.js';
import { loadingState, problemsFor, stateStyles } from '../shared/states.js';
import { formatNumber } from '../../format/intl.js';
import { counted } from '../../format/plural.js';
import { CoopFilteredElement } from '../shared/coop-filtered-element.js';
import { themeStyles } from '../shared/theme.js';
import { registeredTag } from '../shared/card-tag.js';
import { CoopCard } from '../coop-card/coop-card.js';
import { currentLocale } from '../../localization.js';

/**
 * All the partnerships of an institution (or of a filter) as a responsive grid of compact
 * cards, without one tag per partnership. Each card's button selects its partnership for
 * the page's map, timeline and full card; a `<coop-filters>` of the same group filters them.
 *
 * @summary A grid of partnership cards.
 * @tagname coop-cards
 *
 * @fires {CoopSelectEvent} coop-select - A card's button was used. `detail: { partnershipId }`.
 * @fires {CoopErrorEvent} coop-error - Data could not be loaded, or an attribute cannot be used. `detail: { type, message, status?, issues? }`.
 *
 * @csspart grid - The list of cards.
 * @cssprop --coop-cards-min-width - The narrowest a card may be before the grid wraps; default 260px.
 */
@localized()
export class CoopCards extends CoopFilteredElement {
  static override styles = [
    themeStyles,
    stateStyles,
    css`
      .frame {
        position: relative;
        min-height: 8em;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--coop-cards-min-width, 260px)), 1fr));
        gap: 1em;
        margin: 0;
        padding: 0;
        list-style: none;
        min-height: 8em;
      }
      .grid > li {
        display: grid;
      }
      .summary {
        margin: 0 0 0.5em;
      }
    `,
  ];

  /** The card class shown for each partnership; a subclass may name its own (registered under any tag). */
  static cardElement: CustomElementConstructor = CoopCard;

  /** The level of each card's heading (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private readonly data = new DatasetController(this, () => this.dataRequest());
  /** The link group: its visitors' filters apply to the cards; the cards offer their partnerships to its `<coop-filters>`. */
  private readonly groupLink = new GroupController(this, {
    filtered: () => this.requestUpdate(),
    offer: () => (this.data.dataset ? { dataset: this.data.dataset, partnerships: this.available(this.data.dataset, this.filter) } : null),
  });
  private readonly attributeReport = new AttributeReporter(this, () => (this.data.status === 'loading' ? null : this.attributeIssues()));
  private readonly available = memoize((dataset: Dataset, filter: typeof this.filter): PartnershipRecord[] => partnershipsMatching(dataset, filter));
  private readonly shown = memoize((dataset: Dataset, filters: ReturnType<typeof this.shownFilters>): PartnershipRecord[] => partnershipsMatching(dataset, filters));

  private attributeIssues(): AttributeIssue[] {
    const level = outOfRange('heading-level', this.getAttribute('heading-level'), this.headingLevel, 2, 6);
    return [...this.filterIssues(this.data.dataset), ...(level ? [level] : [])];
  }

  protected override render() {
    const { status, dataset, error } = this.data;
    if (status === 'loading') return html`<div class="frame">${loadingState(msg('Chargement…'))}</div>`;
    if (status === 'failed') return html`<div class="frame">${problemsFor(this, true)?.failureState(msg('Les données n’ont pas pu être chargées.'), error!)}</div>`;
    const partnerships = this.shown(dataset!, this.shownFilters(this.groupLink.filters));
    const notices = html`${error ? problemsFor(this, true)?.setAsideNotice(error) : nothing}${this.attributeReport.notice((i) => i.attribute === 'institution')}`;
    if (!partnerships.length) {
      return html`${notices}<div class="frame">${problemsFor(this, true)?.emptyState(dataset!, 'partnerships', { institutions: this.filter.institutions ?? null, rejected: error })}</div>`;
    }
    const count = formatNumber(partnerships.length, currentLocale());
    const card = registeredTag((this.constructor as typeof CoopCards).cardElement);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`${notices}<p class="summary" role="status">${counted(partnerships.length, currentLocale(), () => msg('1 partenariat'), () => msg(str`${count} partenariats`))}${error ? problemsFor(this, true)?.problemsLink(this, error, true) : nothing}</p>
      <ul class="grid" part="grid" @coop-error=${stopInnerError}>
        ${card
          ? repeat(
              partnerships,
              (p) => p.id,
              (p) => staticHtml`<li>
                <${card}
                  compact
                  partnership=${p.id}
                  src=${ifDefined(this.src ?? undefined)}
                  group=${ifDefined(this.group ?? undefined)}
                  theme=${ifDefined(this.theme ?? undefined)}
                  heading-level=${level}
                ></${card}>
              </li>`,
            )
          : nothing}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-cards': CoopCards;
  }
}

/**
 * The cards of a grid read the grid's own file, and the grid tells its problems once
 * (`coop-error` from the grid): the same report from each card would repeat it N times.
 */
function stopInnerError(event: Event): void {
  event.stopPropagation();
}
