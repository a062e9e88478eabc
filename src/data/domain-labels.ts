/**
 * A file's domains, written as ids ("cardiac-surgery") or as labels in any language
 * ("Chirurgie maxillo-faciale", "Haematology"): a label that names a known domain (the
 * file's own `domains`, or the bundled list's) is read as its id; an unknown label becomes a
 * new domain with that label, and an unknown id one whose label is made from its words.
 * Nothing shows a raw id on screen.
 */
import { bundledDomains } from '../generated/data/domains.js';
import type { LocalizedText } from './schema.generated.js';
import { foldWord } from './words.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What a domain entry was read as: its id, and, for a domain the file made, its label. */
export interface ResolvedDomain {
  id: string;
  /** Set when the entry named no known domain: the label it is shown with. */
  created?: string;
}

/** Resolves the domain entries of one file, and collects the labels its records use. */
export class DomainResolver {
  readonly #labels = new Map<string, string>();
  readonly #known: Record<string, LocalizedText>;
  readonly #used: Record<string, LocalizedText> = {};

  /** `own`: the file's `domains` (already validated); the bundled list completes them. */
  constructor(own: Readonly<Record<string, LocalizedText>>) {
    this.#known = { ...bundledDomains, ...own };
    for (const [id, label] of [...Object.entries(bundledDomains), ...Object.entries(own)]) {
      // "Néphrologie" names "Néphrologie (dialyse)" too.
      for (const text of Object.values(label)) for (const form of [text, text.replace(/\s*\([^)]*\)\s*$/, '')]) this.#labels.set(foldWord(form), id);
      this.#labels.set(foldWord(id), id);
    }
    Object.assign(this.#used, own);
  }

  /** The domain `entry` names; `language` is the language of the record's texts. */
  resolve(entry: string, language: string): ResolvedDomain | null {
    const text = entry.trim();
    if (!text) return null;
    const known = this.#known[text] ? text : this.#labels.get(foldWord(text));
    if (known) {
      this.#used[known] ??= this.#known[known];
      return { id: known };
    }
    const label = ID.test(text) ? humanise(text) : text;
    const id = this.#freeId(ID.test(text) ? text : slug(text));
    this.#known[id] = this.#used[id] = { [language]: label };
    this.#labels.set(foldWord(text), id);
    this.#labels.set(foldWord(label), id);
    return { id, created: label };
  }

  /** The labels of every domain the records use, and those the file gave. */
  labels(): Record<string, LocalizedText> {
    return { ...this.#used };
  }

  #freeId(base: string): string {
    const root = base || 'domain';
    let id = root;
    for (let n = 2; this.#known[id]; n++) id = `${root}-${n}`;
    return id;
  }
}

/** "Chirurgie maxillo-faciale" gives "chirurgie-maxillo-faciale"; text without Latin letters or digits gives "". */
function slug(text: string): string {
  return foldWord(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** "maxillofacial-surgery" gives "Maxillofacial surgery". */
function humanise(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
