/**
 * The Configurator story's pure parts: which attributes an element gets for a set of
 * choices, and the HTML snippet a web editor pastes into a page. The live preview and the
 * snippet are made from the same `attributesFor` list, so they cannot disagree.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** The elements a web editor can configure. */
export const CONFIGURABLE_ELEMENTS = ['coop-map', 'coop-timeline', 'coop-card', 'coop-cards'] as const;
export type ConfigurableElement = (typeof CONFIGURABLE_ELEMENTS)[number];

/** Where the snippet says the files are, until the editor types their own folder. */
export const DEFAULT_SCRIPT_FOLDER = '/chemin/vers/';

/** A token list (`class`-like attribute): an array, or a string separated by spaces or commas. */
export type TokenList = readonly string[] | string | null | undefined;

/** What a web editor chose. Only what applies to `element` reaches the snippet. */
export interface SnippetOptions {
  element: ConfigurableElement;
  /** Home institution ids (map, timeline, cards). */
  institutions?: TokenList;
  /** The partnership's id (card); absent: the card follows the page's selection. */
  partnership?: string | null;
  /** ISO 3166-1 alpha-2 country codes (map, timeline, cards). */
  countries?: TokenList;
  /** Domain ids (map, timeline, cards). */
  domains?: TokenList;
  /** Statuses: of partnerships for the map and cards, of events for the timeline. */
  statuses?: TokenList;
  /** Timeline lanes: institution, country, partnership or kind. */
  groupBy?: string | null;
  /** Timeline search box. */
  searchable?: boolean | null;
  /** light or dark. */
  theme?: string | null;
  /** A CSS colour for `--coop-brand-color`. */
  brandColor?: string | null;
  /** `module` (default): `<script type="module">`; `classic`: the IIFE build for editors that strip `type`. */
  script?: 'module' | 'classic';
  /** The folder the files of `dist/` were uploaded to; default `/chemin/vers/`. */
  folder?: string | null;
}

/** An attribute to write: its name and value ('' for a boolean attribute). */
export type AttributeEntry = readonly [name: string, value: string];

/** The attributes each element understands, in the order the snippet writes them. */
const ATTRIBUTES_OF: Record<ConfigurableElement, readonly string[]> = {
  'coop-map': ['institution', 'country', 'domain', 'status', 'theme', 'style'],
  'coop-timeline': ['institution', 'country', 'domain', 'status', 'group-by', 'searchable', 'theme', 'style'],
  'coop-card': ['partnership', 'theme', 'style'],
  'coop-cards': ['institution', 'country', 'domain', 'status', 'theme', 'style'],
};

/** Whether `element` takes the attribute `name`. */
export function takesAttribute(element: ConfigurableElement, name: string): boolean {
  return ATTRIBUTES_OF[element].includes(name);
}

/** A token list as an attribute value: trimmed, without repeats, separated by one space; null when empty. */
export function tokenValue(list: TokenList): string | null {
  const tokens = (typeof list === 'string' ? list.split(/[\s,]+/) : (list ?? []).map((t) => t.trim())).filter(Boolean);
  return tokens.length ? [...new Set(tokens)].join(' ') : null;
}

/**
 * A brand colour fit for `style="--coop-brand-color: …"`, or null. One CSS value only: a
 * `;` or a brace would let the value add other declarations to the style attribute.
 */
export function brandColorValue(color: string | null | undefined): string | null {
  const value = (color ?? '').trim();
  return value && !/[;{}\n\r]/.test(value) ? value : null;
}

/** The attributes the element gets for these choices: only those chosen, only those it takes. */
export function attributesFor(options: SnippetOptions): AttributeEntry[] {
  const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);
  const color = brandColorValue(options.brandColor);
  const candidates: Record<string, string | null> = {
    institution: tokenValue(options.institutions),
    partnership: text(options.partnership),
    country: tokenValue(options.countries),
    domain: tokenValue(options.domains),
    status: tokenValue(options.statuses),
    'group-by': text(options.groupBy),
    searchable: options.searchable ? '' : null,
    theme: text(options.theme),
    style: color === null ? null : `--coop-brand-color: ${color}`,
  };
  return ATTRIBUTES_OF[options.element].flatMap((name) => {
    const value = candidates[name];
    return value === null || value === undefined ? [] : [[name, value] as const];
  });
}

/** Escapes a value for a double-quoted HTML attribute (and for text). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The folder as the start of a URL: `/chemin/vers/` when empty, always ending with `/`. */
export function scriptFolder(folder: string | null | undefined): string {
  const value = (folder ?? '').trim() || DEFAULT_SCRIPT_FOLDER;
  return value.endsWith('/') ? value : `${value}/`;
}

/** The `<script>` tag that loads the library from `folder`. */
export function scriptTagFor(script: 'module' | 'classic' = 'module', folder?: string | null): string {
  const base = escapeAttribute(scriptFolder(folder));
  return script === 'classic'
    ? `<script src="${base}coop-widgets.iife.js"></script>`
    : `<script type="module" src="${base}coop-widgets.js"></script>`;
}

/** The element's tag with its attributes, e.g. `<coop-map institution="chu-angers"></coop-map>`. */
export function elementTagFor(options: SnippetOptions): string {
  const attributes = attributesFor(options)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${options.element}${attributes}></${options.element}>`;
}

/** The snippet to paste into a page: the script tag, then the element. */
export function snippetFor(options: SnippetOptions): string {
  return `${scriptTagFor(options.script, options.folder)}\n${elementTagFor(options)}`;
}

/** The languages a page (and so the embed) may be in. */
export type PageLanguage = 'fr' | 'en' | 'ar';

/** What each element shows, as the iframe's `title`: a screen reader names the frame with it. */
const IFRAME_TITLES: Record<ConfigurableElement, Record<PageLanguage, string>> = {
  'coop-map': { fr: 'Carte des partenariats internationaux', en: 'Map of international partnerships', ar: 'خريطة الشراكات الدولية' },
  'coop-timeline': { fr: 'Chronologie de la coopération internationale', en: 'Timeline of international cooperation', ar: 'الخط الزمني للتعاون الدولي' },
  'coop-card': { fr: 'Fiche de partenariat international', en: 'International partnership', ar: 'بطاقة شراكة دولية' },
  'coop-cards': { fr: 'Partenariats internationaux', en: 'International partnerships', ar: 'الشراكات الدولية' },
};

/** The iframe's height until dist/coop-embed.js sets it from its content (about what each element takes at 800 px). */
const IFRAME_HEIGHTS: Record<ConfigurableElement, number> = { 'coop-map': 700, 'coop-timeline': 600, 'coop-card': 700, 'coop-cards': 900 };

/**
 * The address of dist/embed.html for these choices: the same attributes as the element's
 * snippet, as parameters (a boolean as `true`; the brand colour as `brand-color`), and the
 * page's language.
 */
export function embedUrlFor(options: SnippetOptions, language: PageLanguage = 'fr'): string {
  const parameters = new URLSearchParams({ element: options.element.replace(/^coop-/, '') });
  for (const [name, value] of attributesFor(options)) {
    if (name !== 'style') parameters.set(name, value === '' ? 'true' : value);
  }
  const color = brandColorValue(options.brandColor);
  if (color) parameters.set('brand-color', color);
  parameters.set('lang', language);
  return `${scriptFolder(options.folder)}embed.html?${parameters}`;
}

/**
 * The iframe snippet, for a CMS that accepts only iframes: dist/embed.html with a `title`
 * saying what it shows, and dist/coop-embed.js, which sizes the iframe to its content.
 */
export function iframeSnippetFor(options: SnippetOptions, language: PageLanguage = 'fr'): string {
  const src = escapeAttribute(embedUrlFor(options, language));
  const title = escapeAttribute(IFRAME_TITLES[options.element][language]);
  const script = escapeAttribute(`${scriptFolder(options.folder)}coop-embed.js`);
  return (
    `<iframe src="${src}" title="${title}" width="100%" height="${IFRAME_HEIGHTS[options.element]}" style="border: 0" loading="lazy"></iframe>\n` +
    `<script src="${script}"></script>`
  );
}

/** A colour as red, green, blue (0–255) and alpha (0–1). */
export type Rgba = readonly [r: number, g: number, b: number, a: number];

/** The surfaces the elements draw on: `--_surface` of the light and dark themes (src/components/shared/theme.ts). */
export const SURFACES = { light: [255, 255, 255, 1], dark: [0x12, 0x1a, 0x21, 1] } as const satisfies Record<string, Rgba>;

/** WCAG 2 contrast ratio of a colour over an opaque background (a translucent colour is blended first). */
export function contrastRatio(color: Rgba, background: Rgba): number {
  const [r, g, b, a] = color;
  const blended = [r, g, b].map((c, i) => c * a + background[i] * (1 - a));
  const luminance = (rgb: readonly number[]) => {
    const [lr, lg, lb] = rgb.map((c) => {
      const v = c / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  };
  const [hi, lo] = [luminance(blended), luminance(background)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The themes on which a brand colour is too pale or too dark for text (under 4.5:1: the
 * elements write buttons and figures in it). Without `theme`, both count: the elements
 * follow the visitor's `prefers-color-scheme`, and the brand colour applies to both.
 */
export function lowContrastThemes(color: Rgba, theme: string | null | undefined): { theme: 'light' | 'dark'; ratio: number }[] {
  const themes: ('light' | 'dark')[] = theme === 'light' ? ['light'] : theme === 'dark' ? ['dark'] : ['light', 'dark'];
  return themes.map((t) => ({ theme: t, ratio: contrastRatio(color, SURFACES[t]) })).filter((c) => c.ratio < 4.5);
}

/** Any CSS colour the browser understands, as RGBA; null if it is not a colour. */
export function parseCssColor(color: string): Rgba | null {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  // An invalid colour leaves fillStyle as it was: try from two starting points.
  const read = (start: string) => {
    context.fillStyle = start;
    context.fillStyle = color;
    return context.fillStyle;
  };
  if (read('#000000') !== read('#ffffff')) return null;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/**
 * Sets an element's attributes to exactly a list (removing those it set before and no
 * longer lists), so the preview carries what the snippet says, and Lit keeps the element.
 */
class AttributesDirective extends Directive {
  #written = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes in an element tag');
  }

  render(_entries: readonly AttributeEntry[]) {
    return nothing;
  }

  override update(part: ElementPart, [entries]: [readonly AttributeEntry[]]) {
    const element = part.element;
    const names = new Set<string>();
    for (const [name, value] of entries) {
      names.add(name);
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    for (const name of this.#written) if (!names.has(name)) element.removeAttribute(name);
    this.#written = names;
    return nothing;
  }
}

/** `<${tag} ${attributes(list)}>`: writes the listed attributes onto the element. */
export const attributes = directive(AttributesDirective);

/**
 * Copies `text` and says so in `status` (a `role="status"` element, so it is announced).
 * Where the clipboard is refused, the code is selected instead, for Ctrl+C.
 */
export async function copyToClipboard(text: string, status: HTMLElement, code: HTMLElement | null): Promise<boolean> {
  let copied = false;
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    if (code) {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }
  // Emptied first so that copying twice is announced twice.
  status.textContent = '';
  status.dataset.result = copied ? 'copied' : 'failed';
  setTimeout(() => {
    status.textContent = copied
      ? 'Code copié dans le presse-papiers.'
      : 'Copie automatique impossible ici : le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).';
  }, 50);
  return copied;
}
