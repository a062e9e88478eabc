/**
 * The check page (dist/check.html, and Storybook's "Check a file"): a web editor picks or
 * drops the hospital's CSV or JSON file; it is read here, in the browser (nothing is sent
 * anywhere), and the page lists every problem with its row and column and what was done,
 * shows the map, the timeline and the cards as the file will give them, and offers the file
 * as validated JSON. The page follows `<html lang>` (fr, en, ar), which its own switch sets.
 * The elements preview the file through `provideDataset`: they make no request for it.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, render, type TemplateResult } from 'lit';
import { checkText, jsonName, reportSummary, validatedJson, type CheckReport } from '../data/check-report.js';
import { decodeText, provideDataset } from '../data/load.js';
import type { ReportedIssue } from '../data/problems.js';
import { currentLocale } from '../localization.js';

const LANGUAGES = [
  ['fr', 'Français'],
  ['en', 'English'],
  ['ar', 'العربية'],
] as const;

/** What the page shows of one file read. */
interface Checked {
  report: CheckReport;
  /** The `src` the preview's elements read it under (`coop-check:<n>/<name>`), for loaded files. */
  src: string | null;
  /** The group of the preview's elements: a new one for each file, so no selection outlives its file. */
  group: string;
  /** An object URL of the validated JSON, revoked when another file is read. */
  download: string | null;
}

let pages = 0;

/** The check page, rendered into `root`. */
export class CheckView {
  readonly #root: HTMLElement;
  readonly #page = ++pages;
  #checked: Checked | null = null;
  #files = 0;
  #dragging = false;
  #reading: string | null = null;

  constructor(root: HTMLElement) {
    this.#root = root;
    root.classList.add('coop-check');
    const sheet = checkStyles.styleSheet;
    if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    // Sentences are made in render: render again once another language's strings are here.
    window.addEventListener('lit-localize-status', (event) => {
      if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') this.update();
    });
    this.update();
  }

  /** Reads `file` as an element with `src` would, and shows what it gives. */
  async read(file: File): Promise<CheckReport> {
    this.#reading = file.name;
    this.update();
    const text = decodeText(await file.arrayBuffer(), file.type);
    const report = checkText(text, file.name, file.type);
    if (this.#checked?.download) URL.revokeObjectURL(this.#checked.download);
    const n = ++this.#files;
    const src = report.result.status === 'loaded' ? `coop-check:${this.#page}-${n}/${encodeURIComponent(file.name)}` : null;
    if (src) provideDataset(src, report.result);
    const json = validatedJson(report);
    this.#checked = { report, src, group: `coop-check-${this.#page}-${n}`, download: json === null ? null : URL.createObjectURL(new Blob([json], { type: 'application/json' })) };
    this.#reading = null;
    this.update();
    return report;
  }

  /** Renders the page in the language of the moment. */
  update(): void {
    document.title = msg('Vérifier un fichier de données – coop-widgets');
    render(this.#template(), this.#root);
  }

  #template(): TemplateResult {
    const checked = this.#checked;
    return html`<header class="top">
        <h1>${msg('Vérifier un fichier de données avant de le publier')}</h1>
        <label class="language"
          >${msg('Langue')}
          <select @change=${this.#onLanguage}>
            ${LANGUAGES.map(([code, name]) => html`<option value=${code} lang=${code} ?selected=${currentLocale() === code}>${name}</option>`)}
          </select></label
        >
      </header>
      <p>${msg('Choisissez ou déposez le fichier CSV ou JSON des partenariats : il est lu dans ce navigateur, rien n’est envoyé. Chaque problème est listé avec sa ligne et sa colonne et ce qui en a été fait ; l’aperçu montre la carte, la chronologie et les fiches que le fichier donnera.')}</p>
      <div class="drop ${this.#dragging ? 'dragging' : ''}" @dragover=${this.#onDragOver} @dragleave=${this.#onDragLeave} @drop=${this.#onDrop}>
        <label for="coop-check-file">${msg('Fichier CSV ou JSON')}</label>
        <input id="coop-check-file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" @change=${this.#onPick} />
        <p class="hint">${msg('ou déposez-le dans ce cadre')}</p>
      </div>
      <p class="summary" role="status">${this.#reading ? msg(str`Lecture de ${this.#reading}…`) : checked ? reportSummary(checked.report) : nothing}</p>
      ${checked ? this.#reportTemplate(checked) : nothing} ${checked?.src ? this.#previewTemplate(checked.src, checked.group) : nothing}`;
  }

  #reportTemplate({ report, download }: Checked): TemplateResult {
    const groups: [string, ReportedIssue[]][] =
      report.result.status === 'failed'
        ? [[msg('Problèmes'), [...report.issues]]]
        : [
            [msg('Enregistrements écartés : ils ne seront pas affichés'), report.issues.filter((i) => i.severity === 'error')],
            [msg('Valeurs corrigées : affichées autrement qu’écrites'), report.issues.filter((i) => i.severity === 'warning')],
            [msg('Valeurs lues autrement : rien à corriger'), report.issues.filter((i) => i.severity === 'info')],
          ];
    return html`<section class="report" aria-labelledby="coop-check-report">
      <h2 id="coop-check-report">${msg('Problèmes relevés')}</h2>
      ${report.result.status === 'failed' ? html`<p class="failure" role="alert">${report.result.error.message}</p>` : nothing}
      ${report.issues.length ? nothing : html`<p>${msg('Aucun : chaque valeur est utilisée telle qu’elle est écrite.')}</p>`}
      ${groups
        .filter(([, issues]) => issues.length)
        .map(
          ([title, issues]) => html`<h3>${title} (${issues.length})</h3>
            <ul class="issues">
              ${issues.map((i) => html`<li class=${i.severity ?? 'error'} dir="auto">${i.message}</li>`)}
            </ul>`,
        )}
      ${download
        ? html`<p>
            <a class="download" href=${download} download=${jsonName(report.name)}>${msg(str`Télécharger le fichier en JSON validé (${jsonName(report.name)})`)}</a>
          </p>
          <p class="hint">${msg('Ce qui a été écarté n’y est pas, ce qui a été corrigé y est corrigé ; placez data/cooperation.schema.json à côté pour que les éditeurs le vérifient.')}</p>`
        : nothing}
    </section>`;
  }

  #previewTemplate(src: string, group: string): TemplateResult {
    return html`<section class="preview" aria-labelledby="coop-check-preview">
      <h2 id="coop-check-preview">${msg('Aperçu')}</h2>
      <h3>${msg('Carte')}</h3>
      <coop-map src=${src} group=${group}></coop-map>
      <h3>${msg('Chronologie')}</h3>
      <coop-timeline src=${src} group=${group} searchable></coop-timeline>
      <h3>${msg('Fiches')}</h3>
      <coop-cards src=${src} group=${group} heading-level="4"></coop-cards>
    </section>`;
  }

  #onLanguage = (event: Event) => {
    const lang = (event.target as HTMLSelectElement).value;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  };

  #onPick = (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void this.read(file);
  };

  #onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    if (!this.#dragging) {
      this.#dragging = true;
      this.update();
    }
  };

  #onDragLeave = () => {
    this.#dragging = false;
    this.update();
  };

  #onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.#dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.read(file);
    else this.update();
  };
}

/** The page's styles, scoped to its root (a Storybook preview shares the document). */
export const checkStyles = css`
  .coop-check {
    box-sizing: border-box;
    max-width: 72rem;
    margin: 0 auto;
    padding: 1rem;
    color: #1d1d1b;
    background: #fff;
    font-family: system-ui, sans-serif;
    line-height: 1.5;
  }
  .coop-check .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: baseline;
    justify-content: space-between;
  }
  .coop-check h1 {
    margin: 0;
    font-size: 1.6rem;
  }
  .coop-check select,
  .coop-check input,
  .coop-check a.download {
    font: inherit;
  }
  .coop-check .drop {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
    margin: 1rem 0;
    padding: 1.25rem;
    border: 2px dashed #6b6b66;
    border-radius: 8px;
  }
  .coop-check .drop.dragging {
    border-style: solid;
    border-color: #0b5cad;
    background: #eef5fc;
  }
  .coop-check .drop label {
    font-weight: 600;
  }
  .coop-check .hint,
  .coop-check .drop p {
    margin: 0;
    color: #55554f;
  }
  .coop-check .summary {
    font-weight: 600;
  }
  .coop-check .failure {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid #b3261e;
  }
  .coop-check .issues {
    padding-inline-start: 1.25rem;
  }
  .coop-check .issues li {
    margin: 0.25rem 0;
  }
  .coop-check .issues li.error::marker {
    color: #b3261e;
  }
  .coop-check a.download {
    display: inline-block;
    padding: 0.5rem 0.9rem;
    border-radius: 6px;
    background: #0b5cad;
    color: #fff;
    font-weight: 600;
    text-decoration: none;
  }
  .coop-check :focus-visible {
    outline: 3px solid #0b5cad;
    outline-offset: 2px;
  }
  /* Only a margin: each element sizes its own box (the map's is a flex column). */
  .coop-check .preview > coop-map,
  .coop-check .preview > coop-timeline,
  .coop-check .preview > coop-cards {
    margin-bottom: 1.5rem;
  }
`;
