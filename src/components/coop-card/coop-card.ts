import { localized, msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledLocator, requestPartnership } from '../../data/bundled-details.js';
import type { Dataset, PartnershipRecord } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import type { Citation } from '../../data/schema.generated.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { GroupController } from '../../controllers/group-controller.js';
import { AttributeReporter, outOfRange, unknownIds, type AttributeIssue } from '../shared/attributes.js';
import { CoopLoadEvent } from '../../events/coop-load.js';
import { CoopSelectEvent } from '../../events/coop-select.js';
import { currentLocale } from '../../localization.js';
import { datetimeAttribute, formatPartialDate } from '../../time/format-date.js';
import { figureQualifier, figureValue } from '../shared/figures.js';
import { CoopDataElement } from '../shared/coop-element.js';
import { inLanguage } from '../shared/in-language.js';
import { themeStyles } from '../shared/theme.js';
import { countryName } from '../../format/intl.js';
import { partnershipKindLabel } from '../shared/kind-labels.js';
import { eventStatusLabel, partnershipStatusLabel } from '../shared/labels.js';
import { activityTypeLabel } from './activity-labels.js';
import type { Locator } from '../../geo/locator.js';
import { memoize } from '../../model/memoize.js';
import { cardStyles } from './coop-card.styles.js';

// A bundled partnership's locator is drawn at build time; for a file's data the card draws
// it with this module (the locator's world and code), loaded on first use.
let locatorModule: typeof import('../../geo/locator.js') | null = null;

/**
 * One partnership told whole: who, where, since when, on what, what came of it, who leads
 * it, its events, and the sources of every fact. Without `partnership`, the card shows the
 * page's current selection (made on a map or a timeline of the same group).
 *
 * @summary A partnership's card.
 * @tagname coop-card
 *
 * @fires {CoopSelectEvent} coop-select - The card's "select" button was used (compact cards). `detail: { partnershipId }`.
 * @fires {CoopLoadEvent} coop-load - The card's data is shown. `detail: { partnerships: 1, events }`.
 * @fires {CoopErrorEvent} coop-error - Data could not be loaded, or `partnership` names no partnership (type `attribute`). `detail: { type, message, issues? }`.
 *
 * @csspart card - The `<article>`.
 * @csspart locator - The small map of the partner's country.
 * @csspart title - The heading.
 *
 */
@localized()
export class CoopCard extends CoopDataElement {
  static override styles = [themeStyles, cardStyles];

  /** The partnership to show; absent: the page's current selection. */
  @property() partnership: string | null = null;
  /** A shorter card for grids: heading, places, status, domains, a few figures. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The level of the card's heading (2 to 6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Keeps the selection in the address (`#coop=…`): a shared link opens on it, Back/Forward move through selections. */
  @property({ type: Boolean, attribute: 'url-hash' }) urlHash = false;

  /** The partnership selected on the page, shown when `partnership` is absent. */
  @state() private followed: string | null = null;

  private readonly data = new DatasetController(this, () => ({ src: this.src, partnership: this.shownId, language: currentLocale() }), requestPartnership);

  /** The link group, whose selection the card shows when it has no `partnership`. */
  private readonly groupLink = new GroupController(this, {
    selected: (selection) => (this.followed = selection.partnershipId),
    keepsHash: () => this.urlHash,
    showsSelection: () => !this.partnership?.trim(),
  });
  /** The partnership `coop-load` last reported. */
  private reported: PartnershipRecord | null = null;
  private readonly attributeReport = new AttributeReporter(this, () => this.attributeIssues());

  private openedForPrint: HTMLDetailsElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  // A printed card shows its sources: paper has no disclosure triangle to open.
  private onBeforePrint = () => {
    this.openedForPrint = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of this.openedForPrint) details.open = true;
  };

  private onAfterPrint = () => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };

  /** The id of the partnership shown. */
  get shownId(): string | null {
    return this.partnership?.trim() || this.followed;
  }


  protected override render() {
    const { status, dataset, error } = this.data;
    if (status === 'loading') return html`<article part="card"><p class="state" role="status">${msg('Chargement…')}</p></article>`;
    if (status === 'failed') {
      return html`<article part="card"><p class="state error" role="alert">${msg('Les données n’ont pas pu être chargées.')} ${error?.message}</p></article>`;
    }
    const id = this.shownId;
    if (!id) {
      return html`<article part="card"><p class="invite">${msg('Sélectionnez un partenariat sur la carte ou sur la chronologie pour en voir ici le détail.')}</p></article>`;
    }
    const partnership = dataset!.partnershipById.get(id);
    if (!partnership) {
      return html`<article part="card"><p class="state error" role="alert">${this.unknownMessage(id, dataset!)}</p></article>`;
    }
    return this.renderCard(partnership, dataset!, currentLocale());
  }

  private renderCard(p: PartnershipRecord, dataset: Dataset, locale: string): TemplateResult {
    const events = dataset.eventsByPartnership.get(p.id) ?? [];
    const institution = dataset.institutionById.get(p.institution);
    const locator = this.locatorFor(p, dataset);
    const figures = this.compact ? (p.figures ?? []).slice(0, 2) : (p.figures ?? []);
    return html`<article part="card" aria-labelledby="title">
      <header>
        <p class="kicker">${textIn(institution?.shortName ?? institution?.name, locale)}${p.kind !== 'partnership' ? html` · ${partnershipKindLabel(p.kind)}` : nothing}</p>
        ${this.heading(inLanguage(p.title, locale), this.headingLevel)}
        ${locator
          ? this.renderLocator(locator, p, locale)
          : locator === undefined
            ? html`<svg class="locator" viewBox="0 0 160 110" aria-hidden="true"></svg>`
            : nothing}
        ${p.partners.length ? this.renderPlaces(p, locale) : nothing}
      </header>
      <dl class="facts">
        <div><dt>${msg('Statut')}</dt><dd class="status ${p.status}">${partnershipStatusLabel(p.status)}</dd></div>
        <div><dt>${msg('Depuis')}</dt><dd>${p.since ? html`<time datetime=${datetimeAttribute(p.since)}>${formatPartialDate(p.since, locale)}</time>` : msg('date non précisée')}${p.sinceNote ? html` <span class="inference">(${inLanguage(p.sinceNote, locale)})</span>` : nothing}</dd></div>
      </dl>
      ${p.domains.length
        ? html`<ul class="tags" aria-label=${msg('Domaines')}>${p.domains.map((d) => html`<li>${inLanguage(dataset.domains[d] ?? d, locale)}</li>`)}</ul>`
        : nothing}
      ${!this.compact && p.summary ? html`<p>${inLanguage(p.summary, locale)}</p>` : nothing}
      ${figures.length ? this.section(msg('Chiffres clés'), this.renderFigures(figures, locale)) : nothing}
      ${this.compact ? this.renderSelect(p) : this.renderDetails(p, events, dataset, locale)}
      ${this.attributeReport.notice()}
    </article>`;
  }

  private renderDetails(p: PartnershipRecord, events: Dataset['events'], dataset: Dataset, locale: string) {
    return html`
      ${p.activities?.length
        ? this.section(
            msg('Activités'),
            html`<ul>
              ${p.activities.map(
                (a) => html`<li>
                  <strong>${activityTypeLabel(a.type)}</strong> : ${inLanguage(a.description, locale)}
                  ${a.status === 'planned' || a.status === 'under-study' ? html`<span class="planned-tag">(${a.status === 'planned' ? msg('prévue') : msg('à l’étude')})</span>` : nothing}
                </li>`,
              )}
            </ul>`,
          )
        : nothing}
      ${p.associates?.length || p.homeUnits?.length
        ? this.section(
            msg('Avec'),
            html`<ul>
              ${(p.homeUnits ?? []).map((u) => html`<li>${inLanguage(u, locale)}</li>`)}
              ${(p.associates ?? []).map((a) => html`<li>${inLanguage(a.name, locale)}${a.role ? html` — ${inLanguage(a.role, locale)}` : nothing}</li>`)}
            </ul>`,
          )
        : nothing}
      ${p.people?.length
        ? this.section(
            msg('Personnes'),
            html`<ul>
              ${p.people.map((person) => html`<li><span class="person">${person.name}</span>${person.role ? html` — ${inLanguage(person.role, locale)}` : nothing}</li>`)}
            </ul>`,
          )
        : nothing}
      ${events.length
        ? this.section(
            msg('Événements'),
            html`<ol class="events">
              ${events.map(
                (e) => html`<li>
                  <time datetime=${datetimeAttribute(e.date)}>${formatPartialDate(e.date, locale)}</time> — ${inLanguage(e.title, locale)}
                  ${e.status === 'planned' ? html`<span class="planned-tag">(${eventStatusLabel(e.status)})</span>` : nothing}
                </li>`,
              )}
            </ol>`,
          )
        : nothing}
      ${this.renderSources(p, dataset, locale)}
    `;
  }

  private renderPlaces(p: PartnershipRecord, locale: string) {
    return html`<ul class="places" aria-label=${msg('Partenaires')}>
      ${p.partners.map((partner) => {
        const place = [partner.city, partner.region, countryName(partner.country, locale)].filter(Boolean).join(', ');
        return html`<li>
          ${partner.name ? html`<span class="place-name">${inLanguage(partner.name, locale)}</span>` : nothing}
          ${partner.name && place ? ' — ' : ''}${place}
          ${partner.precision === 'country' || partner.precision === 'region'
            ? html` <span class="inference">(${partner.precision === 'region' ? msg('lieu connu au niveau de la région') : msg('lieu précis non indiqué')})</span>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderLocator(locator: Locator, p: PartnershipRecord, locale: string) {
    const countries = [...new Set(p.partners.map((x) => countryName(x.country, locale)).filter(Boolean))].join(', ');
    return html`<svg class="locator" part="locator" viewBox="0 0 ${locator.width} ${locator.height}" role="img" aria-label=${msg(str`Carte de situation : ${countries}`)}>
      ${locator.countries.map((c) => svg`<path class="country ${c.highlighted ? 'highlighted' : ''}" d=${c.d}></path>`)}
      ${locator.points.map((pt) => svg`<circle class="place ${pt.region ? 'region' : ''}" cx=${pt.x} cy=${pt.y} r=${pt.region ? 7 : 4}></circle>`)}
    </svg>`;
  }

  private renderFigures(figures: NonNullable<PartnershipRecord['figures']>, locale: string) {
    return html`<ul class="figures">
      ${figures.map((f) => {
        const qualifier = figureQualifier(f);
        // "≈ 30" for the eye, "environ 30" for screen readers.
        const sign = f.qualifier === 'about' ? '≈ ' : f.qualifier === 'more-than' ? '> ' : f.qualifier === 'at-least' ? '≥ ' : f.qualifier === 'up-to' ? '≤ ' : '';
        return html`<li>
          <span class="figure-value"
            >${sign ? html`<span aria-hidden="true">${sign}</span><span class="visually-hidden">${qualifier} </span>` : nothing}${figureValue(f, locale)}</span
          >
          <span class="figure-counts">${inLanguage(f.counts, locale)}${f.period ? html` (${msg(str`depuis ${formatPartialDate(f.period, locale)}`)})` : nothing}</span>
        </li>`;
      })}
    </ul>`;
  }

  private renderSources(p: PartnershipRecord, dataset: Dataset, locale: string) {
    const citations = uniqueCitations([
      ...(p.sources ?? []),
      ...(p.figures ?? []).map((f) => f.source),
      ...(p.activities ?? []).map((a) => a.source),
      ...(p.people ?? []).map((x) => x.source),
    ]);
    if (!citations.length && !p.inferences?.length) return nothing;
    return html`<details class="sources">
      <summary>${msg(str`Sources (${citations.length})`)}</summary>
      ${citations.map((c) => {
        const document = dataset.documentByFile.get(c.document);
        const url = document?.url && /^https?:\/\//i.test(document.url) ? document.url : null;
        const title = document?.title ?? c.document;
        return html`<figure>
          <blockquote lang=${document?.language ?? 'fr'}>${c.quote}</blockquote>
          <figcaption class="cite">
            — ${url ? html`<a href=${url} rel="noopener noreferrer">${title}</a>` : html`<cite>${title}</cite>`}${document?.published ? html`, <time datetime=${datetimeAttribute(document.published)}>${formatPartialDate(document.published, locale)}</time>` : nothing}
          </figcaption>
        </figure>`;
      })}
      ${p.inferences?.length
        ? html`<p class="section-title">${msg('Déductions (ce que les sources ne disent pas mot pour mot)')}</p>
            <ul>${p.inferences.map((n) => html`<li class="inference">${inLanguage(n.note, locale)}</li>`)}</ul>`
        : nothing}
    </details>`;
  }

  private renderSelect(p: PartnershipRecord) {
    const pressed = this.followed === p.id;
    return html`<button type="button" class="select" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.select(p.id)}>
      ${pressed ? msg('Sélectionné') : msg('Voir ce partenariat')}
    </button>`;
  }

  /** Selects a partnership for the page (as a compact card's button does). */
  select(partnershipId: string | null): void {
    this.followed = partnershipId;
    this.groupLink.select({ partnershipId }, true);
    this.dispatchEvent(new CoopSelectEvent({ partnershipId }));
  }

  private section(title: string, body: TemplateResult) {
    return html`<section>${this.heading(title, this.headingLevel + 1, 'section-title')}${body}</section>`;
  }

  /** A real heading at `level` (h2 to h6), so the card fits the page's outline. */
  private heading(text: TemplateResult | string, level: number, className = 'title'): TemplateResult {
    const l = Math.min(6, Math.max(2, Math.round(level) || 2));
    const id = className === 'title' ? 'title' : nothing;
    const part = className === 'title' ? 'title' : nothing;
    switch (l) {
      case 2:
        return html`<h2 class=${className} id=${id} part=${part}>${text}</h2>`;
      case 3:
        return html`<h3 class=${className} id=${id} part=${part}>${text}</h3>`;
      case 4:
        return html`<h4 class=${className} id=${id} part=${part}>${text}</h4>`;
      case 5:
        return html`<h5 class=${className} id=${id} part=${part}>${text}</h5>`;
      default:
        return html`<h6 class=${className} id=${id} part=${part}>${text}</h6>`;
    }
  }

  /** The small map of the partners' places, drawn for a file's data (the bundled data brings its own). */
  private readonly locator = memoize((partners: PartnershipRecord['partners'], draw: typeof import('../../geo/locator.js')['locatorMap']): Locator | null =>
    partners.length ? draw(partners, 160, 110) : null,
  );

  /** The locator, null when nothing can be placed, undefined while its code loads. */
  private locatorFor(p: PartnershipRecord, dataset: Dataset): Locator | null | undefined {
    const drawn = bundledLocator(dataset);
    if (drawn !== undefined) return drawn;
    if (locatorModule) return this.locator(p.partners, locatorModule.locatorMap);
    if (!p.partners.length) return null;
    void import('../../geo/locator.js').then((module) => {
      locatorModule = module;
      this.requestUpdate();
    });
    return undefined;
  }

  private unknownMessage(id: string, dataset: Dataset): string {
    const near = dataset.partnerships
      .map((p) => p.id)
      .filter((candidate) => candidate.includes(id) || id.includes(candidate))
      .slice(0, 3);
    return near.length
      ? msg(str`Aucun partenariat ne porte l'identifiant « ${id} ». Vouliez-vous dire : ${near.join(', ')} ?`)
      : msg(str`Aucun partenariat ne porte l'identifiant « ${id} ».`);
  }

  /** Fires `coop-load` once per partnership shown, after the render that shows it. */
  protected override updated(): void {
    const { status, dataset } = this.data;
    const id = this.shownId;
    if (status !== 'loaded' || !dataset || !id || !dataset.partnershipById.has(id)) return;
    const shown = dataset.partnershipById.get(id)!;
    if (shown === this.reported) return;
    this.reported = shown;
    this.dispatchEvent(new CoopLoadEvent({ partnerships: 1, events: dataset.eventsByPartnership.get(id)?.length ?? 0 }));
  }

  /** A `partnership` the data does not have; a heading level outside 2-6. */
  private attributeIssues(): AttributeIssue[] | null {
    const { status, dataset } = this.data;
    if (status === 'loading') return null;
    const level = this.getAttribute('heading-level');
    return [
      dataset && this.partnership?.trim() ? unknownIds('partnership', this.partnership, dataset.partnershipById.keys()) : null,
      outOfRange('heading-level', level, this.headingLevel, 2, 6),
    ].filter((i): i is AttributeIssue => i !== null);
  }
}

/** Citations without repeats (the same quote often supports several facts). */
function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.document}|${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-card': CoopCard;
  }
}
