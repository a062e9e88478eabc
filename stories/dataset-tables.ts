/**
 * Renders a dataset as plain tables (institutions, partnerships, events, documents) with
 * every source quote and inference beside the fact it supports, so a person can check the
 * extraction against the documents by eye. Storybook only; not part of the package.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../src/data/dataset.js';
import { textIn } from '../src/data/localized-text.js';
import type { Citation, Figure, Inference, LocalizedText, Partner } from '../src/data/schema.generated.js';
import { datetimeAttribute, formatPartialDate } from '../src/time/format-date.js';

const countryNames = new Intl.DisplayNames(['fr'], { type: 'region' });
const numbers = new Intl.NumberFormat('fr');

const both = (text: LocalizedText | null | undefined) =>
  text ? html`<span lang="fr">${text.fr ?? textIn(text, 'fr')}</span>${text.en ? html`<br /><span lang="en" class="en">${text.en}</span>` : nothing}` : html`<em>null</em>`;

const country = (code: string | null | undefined) => (code ? `${countryNames.of(code)} (${code})` : 'null');

const coordinates = (lat: number | null | undefined, lon: number | null | undefined, precision?: string) =>
  lat == null || lon == null ? html`<em>null</em>` : html`${lat.toFixed(3)}, ${lon.toFixed(3)} <small>(${precision})</small>`;

const citations = (sources: Citation[] | undefined) =>
  sources?.length
    ? html`<ul class="sources">
        ${sources.map((s) => html`<li><q lang="fr">${s.quote}</q> <small>${s.document}</small></li>`)}
      </ul>`
    : html`<strong class="missing">no source</strong>`;

const inferences = (list: Inference[] | undefined) =>
  list?.length
    ? html`<ul class="inferences">
        ${list.map((i) => html`<li><code>${i.fields.join(", ")}</code>: ${both(i.note)}</li>`)}
      </ul>`
    : nothing;

const partner = (p: Partner) =>
  html`<li>${p.name ? both(p.name) : html`<em>(unnamed)</em>`} — ${p.city ?? html`<em>city null</em>`}, ${country(p.country)}
    · ${coordinates(p.lat, p.lon, p.precision)}</li>`;

const figure = (f: Figure) =>
  html`<li>
    ${f.value === null ? html`<em>null</em>` : numbers.format(f.value)} <small>[${f.qualifier}${f.unit ? `, ${f.unit}` : ''}]</small>
    ${textIn(f.counts, 'fr')}${f.period ? html` (${formatPartialDate(f.period, 'fr')})` : nothing} — <q>${f.source.quote}</q>
  </li>`;

const list = <T,>(items: T[] | undefined, item: (x: T) => TemplateResult) =>
  items?.length ? html`<ul>${items.map(item)}</ul>` : nothing;

/** The whole dataset as tables, with counts first. */
export function datasetTables(dataset: Dataset): TemplateResult {
  const figures = dataset.partnerships.reduce((n, p) => n + (p.figures?.length ?? 0), 0) + dataset.events.reduce((n, e) => n + (e.figures?.length ?? 0), 0);
  return html`
    <style>
      .dataset { font: 14px/1.4 system-ui, sans-serif; color: #1d1d1f; }
      .dataset table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
      .dataset caption { text-align: left; font-size: 1.3em; font-weight: 600; padding: 0.5em 0; }
      .dataset th, .dataset td { border: 1px solid #c9c9cf; padding: 0.4em 0.5em; vertical-align: top; text-align: left; }
      .dataset th { background: #f1f1f4; }
      .dataset ul { margin: 0; padding-left: 1.1em; }
      .dataset .en { color: #4a4a55; }
      .dataset .sources q { font-style: italic; }
      .dataset .sources small, .dataset small { color: #55555f; }
      .dataset .inferences { color: #7a4b00; }
      .dataset .missing { color: #b00020; }
      .dataset code { font-size: 0.9em; }
    </style>
    <div class="dataset">
      <p>
        ${dataset.institutions.length} institutions · ${dataset.partnerships.length} partnerships and programmes ·
        ${dataset.events.length} events · ${figures} figures · ${dataset.documents.length} documents.
        Inferences (values not stated word for word) are shown in brown.
      </p>
      <table>
        <caption>Institutions</caption>
        <thead><tr><th>Id</th><th>Name</th><th>Place</th><th>Sources and inferences</th></tr></thead>
        <tbody>
          ${dataset.institutions.map(
            (i) => html`<tr>
              <td><code>${i.id}</code></td>
              <td>${both(i.name)}</td>
              <td>${i.city}, ${country(i.country)}<br />${coordinates(i.lat, i.lon, i.precision)}</td>
              <td>${citations(i.sources)}${inferences(i.inferences)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <table>
        <caption>Partnerships and programmes</caption>
        <thead>
          <tr><th>Id / kind</th><th>Title and summary</th><th>Partners</th><th>Status, since, domains</th><th>Activities, figures, people</th><th>Sources and inferences</th></tr>
        </thead>
        <tbody>
          ${dataset.partnerships.map(
            (p) => html`<tr>
              <td><code>${p.id}</code><br /><small>${p.institution} · ${p.kind}</small></td>
              <td><strong>${both(p.title)}</strong>${p.summary ? html`<p>${both(p.summary)}</p>` : nothing}</td>
              <td>${p.partners.length ? html`<ul>${p.partners.map(partner)}</ul>` : html`<em>no partner place</em>`}
                ${p.associates?.length ? html`<p><small>With:</small> ${p.associates.map((a) => textIn(a.name, 'fr')).join(', ')}</p>` : nothing}
                ${p.homeUnits?.length ? html`<p><small>Units:</small> ${p.homeUnits.map((u) => textIn(u, 'fr')).join(', ')}</p>` : nothing}</td>
              <td>${p.status}<br />${p.since ? html`<time datetime=${datetimeAttribute(p.since)}>${formatPartialDate(p.since, 'fr')}</time>` : html`<em>since null</em>`}
                <br /><small>${p.domains.map((d) => textIn(dataset.domains[d], 'fr') || d).join(', ')}</small></td>
              <td>
                ${list(p.activities, (a) => html`<li>${a.type} [${a.status}]: ${textIn(a.description, 'fr')}</li>`)}
                ${list(p.figures, figure)}
                ${list(p.people, (x) => html`<li>${x.name}${x.role ? html` — ${textIn(x.role, 'fr')}` : nothing}</li>`)}
              </td>
              <td>${citations(p.sources)}${inferences(p.inferences)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <table>
        <caption>Events (chronological)</caption>
        <thead><tr><th>Date</th><th>Status / kind</th><th>Event</th><th>Partnership</th><th>Sources and inferences</th></tr></thead>
        <tbody>
          ${dataset.events.map(
            (e) => html`<tr>
              <td><time datetime=${datetimeAttribute(e.date)}>${formatPartialDate(e.date, 'fr')}</time><br /><small>${formatPartialDate(e.date, 'en')}</small></td>
              <td>${e.status}<br /><small>${e.kind}</small></td>
              <td><strong>${both(e.title)}</strong>${e.description ? html`<p>${both(e.description)}</p>` : nothing}
                ${e.place ? html`<p><small>At:</small> ${[e.place.name, e.place.city, country(e.place.country)].filter(Boolean).join(', ')}</p>` : nothing}
                ${list(e.figures, figure)}</td>
              <td><code>${e.partnership ?? 'null'}</code><br /><small>${e.institution}</small></td>
              <td>${citations(e.sources)}${inferences(e.inferences)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <table>
        <caption>Documents</caption>
        <thead><tr><th>File</th><th>Title</th><th>Institution</th><th>Published</th><th>Note</th></tr></thead>
        <tbody>
          ${dataset.documents.map(
            (d) => html`<tr>
              <td><code>${d.file}</code></td>
              <td lang=${d.language}>${d.title}</td>
              <td>${d.institution ?? 'null'}</td>
              <td>${d.published ? formatPartialDate(d.published, 'fr') : html`<em>null</em>`}</td>
              <td>${d.note ? both(d.note) : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}
