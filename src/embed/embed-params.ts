/**
 * What `dist/embed.html` shows, read from its address: `?element=map&institution=chu-angers
 * &lang=fr` and every attribute the element documents (filters, `theme`, `selected`…). The
 * parameters are checked as the elements check their attributes: what cannot be used is
 * reported (and left out), the rest is shown. Pure: no DOM.
 */

/** The `element` parameter's values, and their tags (`coop-map` is accepted as well as `map`). */
export const EMBED_ELEMENTS = { map: 'coop-map', timeline: 'coop-timeline', card: 'coop-card', cards: 'coop-cards', filters: 'coop-filters' } as const;
export type EmbedTag = (typeof EMBED_ELEMENTS)[keyof typeof EMBED_ELEMENTS];

/** The languages of the elements; `lang` absent: French. */
export const EMBED_LANGUAGES = ['fr', 'en', 'ar'] as const;
export type EmbedLanguage = (typeof EMBED_LANGUAGES)[number];

/** Parameters of the page itself, not of the element (`brand-color`: `--coop-brand-color` on it). */
const PAGE_PARAMETERS = ['element', 'lang', 'brand-color'];

/** What is wrong with one parameter. */
export type EmbedIssue =
  | { parameter: string; code: 'not-a-choice'; value: string; choices: readonly string[] }
  | { parameter: string; code: 'not-a-parameter'; known: readonly string[] }
  | { parameter: 'src'; code: 'other-origin'; value: string; origin: string; own: string }
  | { parameter: 'brand-color'; code: 'not-a-colour'; value: string };

/** The page's part of the address: the element, the language, and the element's own parameters. */
export interface EmbedRequest {
  /** The element to show; null when `element` is missing or unknown (nothing is shown but the issue). */
  tag: EmbedTag | null;
  lang: EmbedLanguage;
  dir: 'ltr' | 'rtl';
  /** `brand-color`, when it is a CSS colour (one value, nothing that could add declarations). */
  brandColor: string | null;
  /** The other parameters, in the address's order (the first of a repeated one). */
  parameters: [name: string, value: string][];
  issues: EmbedIssue[];
}

/**
 * Reads `search` (`location.search`) of the page at `pageUrl`. A `src` on another origin than
 * the page's is refused, and then nothing is shown: the page must not show someone else's
 * data under the name of the site that hosts it. `isColour` tells a CSS colour (the browser's
 * `CSS.supports('color', …)`).
 */
export function readEmbedRequest(search: string, pageUrl: string, isColour: (value: string) => boolean = () => true): EmbedRequest {
  const query = new URLSearchParams(search);
  const issues: EmbedIssue[] = [];
  const elementValue = (query.get('element') ?? '').trim();
  const short = elementValue.replace(/^coop-/, '') as keyof typeof EMBED_ELEMENTS;
  let tag: EmbedTag | null = Object.hasOwn(EMBED_ELEMENTS, short) ? EMBED_ELEMENTS[short] : null;
  if (!tag) issues.push({ parameter: 'element', code: 'not-a-choice', value: elementValue, choices: Object.keys(EMBED_ELEMENTS) });

  const langValue = (query.get('lang') ?? '').trim();
  const primary = langValue.toLowerCase().split(/[-_]/)[0];
  const lang = (EMBED_LANGUAGES as readonly string[]).includes(primary) ? (primary as EmbedLanguage) : 'fr';
  if (langValue && lang !== primary) issues.push({ parameter: 'lang', code: 'not-a-choice', value: langValue, choices: EMBED_LANGUAGES });

  const colourValue = (query.get('brand-color') ?? '').trim();
  const brandColor = colourValue && !/[;{}]/.test(colourValue) && isColour(colourValue) ? colourValue : null;
  if (colourValue && !brandColor) issues.push({ parameter: 'brand-color', code: 'not-a-colour', value: colourValue });

  const parameters: [string, string][] = [];
  const seen = new Set<string>();
  for (const [name, value] of query) {
    if (PAGE_PARAMETERS.includes(name) || seen.has(name)) continue;
    seen.add(name);
    parameters.push([name, value]);
  }

  const src = parameters.find(([name]) => name === 'src')?.[1].trim();
  if (src) {
    const own = new URL(pageUrl).origin;
    let url: URL | null = null;
    try {
      url = new URL(src, pageUrl);
    } catch {
      url = null;
    }
    if (!url || url.origin !== own || !/^https?:$/.test(url.protocol)) {
      issues.push({ parameter: 'src', code: 'other-origin', value: src, origin: url ? (url.origin === 'null' ? url.protocol : url.origin) : src, own });
      tag = null;
    }
  }
  return { tag, lang, dir: lang === 'ar' ? 'rtl' : 'ltr', brandColor, parameters, issues };
}

/** An element's attributes: name => kind, as the element declares them. */
export type AttributeKinds = ReadonlyMap<string, 'boolean' | 'string'>;

/** Lit's declaration of a property (`static elementProperties`), as far as attributes go. */
export interface PropertyDeclarationLike {
  attribute?: boolean | string;
  type?: unknown;
}

/** The attributes an element class declares through Lit, from its `elementProperties`. */
export function attributeKinds(properties: ReadonlyMap<PropertyKey, PropertyDeclarationLike>): AttributeKinds {
  const kinds = new Map<string, 'boolean' | 'string'>();
  for (const [key, declaration] of properties) {
    if (declaration.attribute === false) continue;
    const name = typeof declaration.attribute === 'string' ? declaration.attribute : String(key).toLowerCase();
    kinds.set(name, declaration.type === Boolean ? 'boolean' : 'string');
  }
  return kinds;
}

/** Values of a boolean parameter: on (present, empty, `true`, `1`, its name) or off (`false`, `0`). */
const BOOLEAN_ON = ['', 'true', '1'];
const BOOLEAN_OFF = ['false', '0'];

/**
 * The element's attributes from the parameters: a boolean written only when on; a name the
 * element does not have, or a boolean that is neither on nor off, is an issue and left out.
 * The values of the others are the element's to check (it says what it cannot use).
 */
export function embedAttributes(parameters: readonly (readonly [string, string])[], kinds: AttributeKinds): { attributes: [string, string][]; issues: EmbedIssue[] } {
  const attributes: [string, string][] = [];
  const issues: EmbedIssue[] = [];
  const known = [...PAGE_PARAMETERS, ...kinds.keys()];
  for (const [name, raw] of parameters) {
    const kind = kinds.get(name);
    if (!kind) {
      issues.push({ parameter: name, code: 'not-a-parameter', known });
      continue;
    }
    const value = raw.trim();
    if (kind === 'string') {
      if (value) attributes.push([name, value]);
      continue;
    }
    const lower = value.toLowerCase();
    if (BOOLEAN_ON.includes(lower) || lower === name) attributes.push([name, '']);
    else if (!BOOLEAN_OFF.includes(lower)) issues.push({ parameter: name, code: 'not-a-choice', value, choices: ['true', 'false'] });
  }
  return { attributes, issues };
}
