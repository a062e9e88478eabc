import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/card.js';
import '../src/map.js';
import '../src/timeline.js';
import type { Dataset } from '../src/data/dataset.js';
import { loadDataset } from '../src/data/load.js';
import { eventsMatching, partnershipsMatching } from '../src/data/query.js';
import {
  attributes,
  attributesFor,
  brandColorValue,
  CONFIGURABLE_ELEMENTS,
  copyToClipboard,
  DEFAULT_SCRIPT_FOLDER,
  iframeSnippetFor,
  lowContrastThemes,
  parseCssColor,
  snippetFor,
  takesAttribute,
  type ConfigurableElement,
  type SnippetOptions,
} from './configurator.js';

interface Args {
  element: ConfigurableElement;
  institution?: string[];
  partnership?: string;
  country?: string[];
  domain?: string[];
  status?: string[];
  eventStatus?: string[];
  groupBy?: 'institution' | 'country' | 'partnership' | 'kind';
  searchable?: boolean;
  language: 'fr' | 'en' | 'ar';
  theme?: 'light' | 'dark';
  brandColor?: string;
  folder?: string;
}

// The Controls panel needs its lists (partnerships, countries, domains) before a story's
// loaders run, so the module waits for the bundled dataset itself; it is read once.
const loaded = await loadDataset();
const dataset: Dataset | null = loaded.status === 'loaded' ? loaded.dataset : null;

const byFrench = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], 'fr');
const regionNames = new Intl.DisplayNames(['fr'], { type: 'region' });
const countryName = (code: string) => {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};

const institutionLabels = Object.fromEntries((dataset?.institutions ?? []).map((i) => [i.id, i.name.fr ?? i.id]));
const partnershipLabels = Object.fromEntries(
  (dataset?.partnerships ?? []).map((p) => [p.id, `${p.title.fr ?? p.id} (${p.id})`] as [string, string]).sort(byFrench),
);
const countryLabels = Object.fromEntries(
  [...new Set([...(dataset?.partnerships ?? []).flatMap((p) => p.countries), ...(dataset?.events ?? []).flatMap((e) => (e.place?.country ? [e.place.country] : []))])]
    .map((code) => [code, `${countryName(code)} (${code})`] as [string, string])
    .sort(byFrench),
);
const domainLabels = Object.fromEntries(
  Object.entries(dataset?.domains ?? {})
    .map(([id, label]) => [id, label.fr ?? id] as [string, string])
    .sort(byFrench),
);
const partnershipStatusLabels = { active: 'en cours', planned: 'prévu', 'under-study': "à l'étude", ended: 'terminé', unknown: 'inconnu' };
const eventStatusLabels = { done: 'réalisé', planned: 'prévu' };
const groupByLabels = { institution: 'établissement', country: 'pays', partnership: 'partenariat', kind: "type d'événement" };

const forCard = { arg: 'element', eq: 'coop-card' } as const;
const notForCard = { arg: 'element', neq: 'coop-card' } as const;
const forTimeline = { arg: 'element', eq: 'coop-timeline' } as const;

/** The choices a web editor made, as `snippetFor` takes them. */
function optionsOf(args: Args, script: 'module' | 'classic'): SnippetOptions {
  const element = CONFIGURABLE_ELEMENTS.includes(args.element) ? args.element : 'coop-map';
  return {
    element,
    institutions: args.institution,
    partnership: args.partnership,
    countries: args.country,
    domains: args.domain,
    // `status` means partnerships' statuses on the map and cards, events' on the timeline.
    statuses: element === 'coop-timeline' ? args.eventStatus : args.status,
    groupBy: args.groupBy,
    searchable: args.searchable,
    theme: args.theme,
    brandColor: args.brandColor,
    script,
    folder: args.folder,
  };
}

/** Choices the element does not take, so they are not in the snippet: said rather than silently dropped. */
function unusedChoices(args: Args, element: ConfigurableElement): string[] {
  const set = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '' && value !== false);
  const choices: [string, unknown, boolean][] = [
    ['établissements', args.institution, takesAttribute(element, 'institution')],
    ['partenariat', args.partnership, takesAttribute(element, 'partnership')],
    ['pays', args.country, takesAttribute(element, 'country')],
    ['domaines', args.domain, takesAttribute(element, 'domain')],
    ['statuts des partenariats', args.status, takesAttribute(element, 'status') && element !== 'coop-timeline'],
    ['statuts des événements', args.eventStatus, element === 'coop-timeline'],
    ['regroupement', args.groupBy, takesAttribute(element, 'group-by')],
    ['recherche', args.searchable, takesAttribute(element, 'searchable')],
  ];
  return choices.filter(([, value, used]) => set(value) && !used).map(([label]) => label);
}

/** What the bundled data holds for these choices, so an empty result is no surprise. */
function dataSummary(options: SnippetOptions): string {
  if (!dataset) return '';
  const list = (value: SnippetOptions['countries']) => (Array.isArray(value) && value.length ? value : null);
  if (options.element === 'coop-card') {
    const p = options.partnership ? dataset.partnershipById.get(options.partnership) : undefined;
    if (!p) return 'Sans partenariat choisi, la fiche suit la sélection faite sur la page (carte, chronologie, grille) et invite à en faire une.';
    return `Fiche de « ${p.title.fr} », partenariat de ${dataset.institutionById.get(p.institution)?.name.fr ?? p.institution}.`;
  }
  const filter = { institutions: list(options.institutions), countries: list(options.countries), domains: list(options.domains), statuses: list(options.statuses) };
  if (options.element === 'coop-timeline') {
    const count = eventsMatching(dataset, filter).length;
    return count === 0
      ? "Aucun événement daté ne correspond à ces choix : l'élément le dira aux visiteurs."
      : `${count} événement${count > 1 ? 's' : ''} daté${count > 1 ? 's' : ''} dans les données fournies pour ces choix.`;
  }
  const count = partnershipsMatching(dataset, filter).length;
  return count === 0
    ? "Aucun partenariat ne correspond à ces choix : l'élément le dira aux visiteurs."
    : `${count} partenariat${count > 1 ? 's' : ''} dans les données fournies pour ces choix.`;
}

/** Whether the brand colour reads as text on the element's background, said before a visitor finds out. */
function brandColorWarning(args: Args): string | null {
  const color = brandColorValue(args.brandColor);
  if (!color) return null;
  const rgba = parseCssColor(color);
  if (!rgba) return `« ${color} » n'est pas une couleur CSS : les éléments garderaient leur couleur par défaut.`;
  const low = lowContrastThemes(rgba, args.theme);
  if (!low.length) return null;
  const ratios = low
    .map((l) => `${l.ratio.toLocaleString('fr', { maximumFractionDigits: 1 })}:1 sur le fond ${l.theme === 'light' ? 'clair' : 'sombre'}`)
    .join(', ');
  const why = args.theme
    ? ''
    : ' Sans thème choisi, les éléments suivent le mode clair ou sombre du système du visiteur : choisissez un thème, ou une couleur lisible sur les deux fonds.';
  return `Contraste insuffisant pour le texte écrit dans cette couleur (boutons, chiffres ; il faut au moins 4,5:1) : ${ratios}.${why}`;
}

function snippetBlock(title: string, text: string) {
  const copy = (event: Event) => {
    const block = (event.currentTarget as HTMLElement).closest('.cfg-snippet')!;
    void copyToClipboard(text, block.querySelector<HTMLElement>('[role="status"]')!, block.querySelector('code'));
  };
  return html`<div class="cfg-snippet">
    <pre tabindex="0" dir="ltr" aria-label="Code : ${title}"><code>${text}</code></pre>
    <div class="cfg-actions">
      <button type="button" @click=${copy}>Copier<span class="cfg-visually-hidden"> le code : ${title}</span></button>
      ${keyed(text, html`<p class="cfg-status" role="status"></p>`)}
    </div>
  </div>`;
}

const styles = html`<style>
  .cfg { display: grid; gap: 2rem; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f2328; line-height: 1.5; }
  .cfg h2 { margin: 0 0 0.5rem; font-size: 1.25rem; }
  .cfg .cfg-h3 { margin: 1.5rem 0 0.5rem; font-size: 1.05rem; }
  .cfg p { margin: 0 0 0.5rem; max-width: 52rem; }
  .cfg-summary { color: #4b5563; }
  .cfg-stage { max-width: 1100px; }
  .cfg-stage.dark { background: #0b1116; padding: 12px; }
  .cfg-stage.card { max-width: 720px; }
  .cfg code:not(pre code) { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.875em; background: #eef1f4; padding: 0.1em 0.3em; border-radius: 3px; }
  .cfg pre { margin: 0.25rem 0 0.5rem; padding: 0.75rem 1rem; max-width: 100%; overflow-x: auto; background: #f6f8fa; border: 1px solid #c9ced6; border-radius: 6px; text-align: left; }
  .cfg pre code { font: 0.875rem/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre; }
  .cfg-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
  .cfg button { font: inherit; font-weight: 600; min-height: 44px; padding: 0.4rem 1.25rem; border: 2px solid #00665e; border-radius: 6px; background: #00665e; color: #fff; cursor: pointer; }
  .cfg button:hover { background: #004d47; border-color: #004d47; }
  .cfg :focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
  .cfg-status { margin: 0; font-weight: 600; }
  .cfg-status[data-result='copied'] { color: #116329; }
  .cfg-status[data-result='failed'] { color: #9a3412; }
  .cfg details { margin-top: 1rem; }
  .cfg summary { cursor: pointer; font-weight: 600; min-height: 44px; display: list-item; padding-top: 0.6rem; }
  .cfg details[open] summary { margin-bottom: 0.5rem; }
  .cfg-unused, .cfg-warning { border-left: 4px solid #b54708; padding-left: 0.75rem; }
  .cfg-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) { .cfg button { border-color: ButtonText; } }
</style>`;

/**
 * Choose an element and its settings in the Controls panel: the preview shows it live,
 * and the code below is ready to paste into a page of your site.
 */
const meta: Meta<Args> = {
  title: 'Configurator',
  // A tool, not an element: no docs page of its own.
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { expanded: true, sort: 'none' } },
  // Every arg listed, in the Controls panel's order (it lists args before other argTypes).
  args: {
    element: 'coop-map',
    institution: ['chu-angers'],
    partnership: undefined,
    country: [],
    domain: [],
    status: [],
    eventStatus: [],
    groupBy: undefined,
    searchable: false,
    language: 'fr',
    theme: undefined,
    brandColor: undefined,
    folder: DEFAULT_SCRIPT_FOLDER,
  },
  argTypes: {
    element: {
      name: 'Élément',
      description: "L'élément à placer dans la page.",
      control: { type: 'radio', labels: { 'coop-map': '<coop-map> : carte', 'coop-timeline': '<coop-timeline> : chronologie', 'coop-card': '<coop-card> : fiche', 'coop-cards': '<coop-cards> : grille de fiches' } },
      options: [...CONFIGURABLE_ELEMENTS],
    },
    institution: {
      name: 'Établissements',
      description: 'Aucun : tous les établissements.',
      control: { type: 'check', labels: institutionLabels },
      options: Object.keys(institutionLabels),
      if: notForCard,
    },
    partnership: {
      name: 'Partenariat',
      description: 'Aucun : la fiche suit la sélection de la page.',
      control: { type: 'select', labels: partnershipLabels },
      options: Object.keys(partnershipLabels),
      if: forCard,
    },
    country: { name: 'Pays', description: 'Pays des partenaires (codes ISO).', control: { type: 'check', labels: countryLabels }, options: Object.keys(countryLabels), if: notForCard },
    domain: { name: 'Domaines', control: { type: 'check', labels: domainLabels }, options: Object.keys(domainLabels), if: notForCard },
    status: {
      name: 'Statuts des partenariats',
      description: 'Carte et grille de fiches (la chronologie a ses statuts : « Statuts des événements »).',
      control: { type: 'inline-check', labels: partnershipStatusLabels },
      options: Object.keys(partnershipStatusLabels),
      if: notForCard,
    },
    eventStatus: { name: 'Statuts des événements', control: { type: 'inline-check', labels: eventStatusLabels }, options: Object.keys(eventStatusLabels), if: forTimeline },
    groupBy: { name: 'Regrouper par', control: { type: 'select', labels: groupByLabels }, options: Object.keys(groupByLabels), if: forTimeline },
    searchable: { name: 'Champ de recherche', control: 'boolean', if: forTimeline },
    language: {
      name: 'Langue de la page',
      description: "L'aperçu règle <html lang> et dir, comme le ferait votre site ; les éléments suivent.",
      control: { type: 'inline-radio', labels: { fr: 'Français', en: 'English', ar: 'العربية' } },
      options: ['fr', 'en', 'ar'],
    },
    theme: { name: 'Thème', control: { type: 'inline-radio', labels: { light: 'clair', dark: 'sombre' } }, options: ['light', 'dark'] },
    brandColor: {
      name: 'Couleur de marque',
      description: '--coop-brand-color',
      control: { type: 'color', presetColors: ['#00665e', '#7a1f3d', '#1a56db', '#8a4b00'] },
    },
    folder: { name: 'Dossier des fichiers', description: 'Adresse du dossier où vous avez déposé les fichiers de dist/.', control: 'text' },
  },
  render: (args) => {
    const language = args.language === 'en' || args.language === 'ar' ? args.language : 'fr';
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';

    const options = optionsOf(args, 'module');
    const tag = unsafeStatic(options.element);
    const unused = unusedChoices(args, options.element);
    const warning = brandColorWarning(args);
    const stageClass = `cfg-stage ${args.theme === 'dark' ? 'dark' : ''} ${options.element === 'coop-card' ? 'card' : ''}`;
    const folder = (args.folder ?? '').trim() || DEFAULT_SCRIPT_FOLDER;

    return html`${styles}
      <div class="cfg">
        <section aria-labelledby="cfg-code-title" lang="fr" dir="ltr">
          <h2 id="cfg-code-title">Code à copier</h2>
          <p>
            Déposez sur votre site <code>dist/coop-widgets.js</code> et les fichiers à côté de lui dans
            <code>dist/</code> (ses traductions, chargées à la demande), par exemple dans la médiathèque
            de votre CMS ; remplacez <code>${folder}</code> par l'adresse de ce dossier (ou saisissez-la
            dans « Dossier des fichiers »), puis collez ce code dans la page, en mode HTML.
          </p>
          ${warning ? html`<p class="cfg-warning"><strong>Attention :</strong> ${warning}</p>` : nothing}
          ${unused.length
            ? html`<p class="cfg-unused">Choix sans effet sur <code>&lt;${options.element}&gt;</code>, donc absents du code : ${unused.join(', ')}.</p>`
            : nothing}
          ${snippetBlock('Module', snippetFor(options))}
          <details class="cfg-classic">
            <summary>Votre éditeur retire <code>type="module"</code> ? La variante en script classique</summary>
            <p>
              Certains CMS retirent <code>type="module"</code> des balises <code>&lt;script&gt;</code>.
              Cette variante charge <code>dist/coop-widgets.iife.js</code>, à déposer au même endroit.
            </p>
            ${snippetBlock('Script classique', snippetFor(optionsOf(args, 'classic')))}
          </details>
          <p>
            Sur WordPress, l'extension (<code>dist/coop-widgets-wordpress.zip</code>) sert ces fichiers
            elle-même et permet ces balises à tous les rôles, auteurs compris : bloc
            « Coopération internationale », codes courts comme <code>[coop-map institution="chu-angers"]</code>.
          </p>
          <h3 class="cfg-h3">Votre CMS n'accepte que les iframes ? Le code en iframe</h3>
          <p>
            Pour un CMS qui retire les scripts (filtres HTML) mais accepte une iframe :
            <code>embed.html</code> affiche l'élément dans une page à lui, et
            <code>coop-embed.js</code> ajuste la hauteur de l'iframe à son contenu. Les deux sont
            dans <code>dist/</code>. Le titre de l'iframe dit aux lecteurs d'écran ce qu'elle montre ;
            un fichier de données (<code>src</code>) doit être sur le même site que <code>embed.html</code>.
          </p>
          ${snippetBlock('Iframe', iframeSnippetFor(options, language))}
        </section>
        <section aria-labelledby="cfg-preview-title">
          <div lang="fr" dir="ltr">
            <h2 id="cfg-preview-title">Aperçu</h2>
            <p class="cfg-summary">
              ${dataSummary(options)} La langue des éléments suit celle de la page
              (<code>&lt;html lang="…"&gt;</code> : <code>fr</code>, <code>en</code> ou <code>ar</code>).
            </p>
          </div>
          <div class=${stageClass}>${staticHtml`<${tag} ${attributes(attributesFor(options))}></${tag}>`}</div>
        </section>
      </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Choose in the Controls panel: the code to copy comes first, the live preview below it. */
export const Configurator: Story = {};
