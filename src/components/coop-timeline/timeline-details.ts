/**
 * The selected event in full, below the timeline: loaded with the descriptions
 * (timeline-descriptions.ts) the first time an event is selected.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, EventRecord } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import { countryName } from '../../format/intl.js';
import { inLanguage, markLanguage } from '../shared/in-language.js';
import { eventKindLabel } from '../shared/kind-labels.js';
import { eventStatusLabel } from '../shared/labels.js';
import type { TimelineEvent } from './timeline-lanes.js';

/**
 * The selected event in full: its title is truncated on the axis, never here. `full` is the
 * event with its description, once loaded (bundled data brings it on first use).
 */
export function eventDetails(item: TimelineEvent, full: EventRecord | null | undefined, dataset: Dataset, locale: string): TemplateResult {
  const e = item.event;
  const partnership = e.partnership ? dataset.partnershipById.get(e.partnership) : undefined;
  const institution = dataset.institutionById.get(e.institution);
  const place = e.place ? [e.place.name, e.place.city, countryName(e.place.country, locale)].filter(Boolean).join(', ') : '';
  const description = inLanguage(full?.description, locale);
  const row = (term: string, value: string | TemplateResult) => (value ? html`<dt>${term}</dt><dd dir="auto">${value}</dd>` : nothing);
  return html`<section class="details" part="details" aria-labelledby="details-title">
    <p class="details-title" id="details-title" dir="auto">${markLanguage(item.title, locale)}</p>
    <dl>
      ${row(msg('Date'), item.date)} ${row(msg('Statut'), eventStatusLabel(e.status))} ${row(msg('Type'), eventKindLabel(e.kind))}
      ${row(msg('Partenariat'), partnership ? inLanguage(partnership.title, locale) : e.unknownPartnership ? unknownPartnership(e.unknownPartnership) : '')}
      ${row(msg('Établissement'), textIn(institution?.shortName ?? institution?.name, locale) || e.institution)} ${row(msg('Lieu'), place)}
    </dl>
    ${description ? html`<p dir="auto">${description}</p>` : nothing}
  </section>`;
}

/** An event's partnership that the file does not have (set aside, or misspelt). */
function unknownPartnership(id: string): string {
  return msg(str`partenariat inconnu (« ${id} » n’est pas dans le fichier ou a été écarté)`);
}
