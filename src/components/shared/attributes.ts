/**
 * Attributes an element cannot use: an id the data does not have, a value outside the
 * attribute's choices, a date that is not one. The element keeps working with what it can
 * use (an unknown projection is the default one) and says so: a `coop-error` of type
 * `attribute`, whose sentences are made when read, and a notice beside the element. The
 * checks are here; the sentences (attribute-messages.ts) load only when there is something
 * to say.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { snapshot } from '../../data/problems.js';
import { parseTokenList } from '../../data/tokens.js';
import { CoopErrorEvent } from '../../events/coop-error.js';

let messages: typeof import('./attribute-messages.js') | null = null;

/** What is wrong with one attribute. */
export type AttributeIssue =
  | { attribute: string; code: 'unknown-id'; ids: readonly string[]; known: readonly string[] }
  | { attribute: string; code: 'not-a-choice'; value: string; choices: readonly string[] }
  | { attribute: string; code: 'not-a-date'; value: string }
  | { attribute: string; code: 'out-of-range'; value: string; min: number; max: number };

/** Ids of `value` (a token list) that are not among `known`. */
export function unknownIds(attribute: string, value: string | null | undefined, known: Iterable<string>): AttributeIssue | null {
  const set = new Set(known);
  const ids = (parseTokenList(value) ?? []).filter((id) => !set.has(id));
  return ids.length ? { attribute, code: 'unknown-id', ids, known: [...set] } : null;
}

/** Tokens of `value` that are not among `choices` (`single`: the whole value is one choice). */
export function notChoices(attribute: string, value: string | null | undefined, choices: readonly string[], single = false): AttributeIssue | null {
  const tokens = single ? (value?.trim() ? [value.trim()] : []) : (parseTokenList(value) ?? []);
  const wrong = tokens.filter((t) => !choices.includes(t));
  return wrong.length ? { attribute, code: 'not-a-choice', value: wrong.join(' '), choices } : null;
}

/** An integer attribute (`value` as written) whose number `n` is not within `min`…`max`. */
export function outOfRange(attribute: string, value: string | null, n: number, min: number, max: number): AttributeIssue | null {
  return value !== null && !(Number.isInteger(n) && n >= min && n <= max) ? { attribute, code: 'out-of-range', value, min, max } : null;
}

/** A stable key of `issues`: an element reports the same issues once. */
export function issuesKey(issues: readonly AttributeIssue[]): string {
  return JSON.stringify(issues.map((i) => [i.attribute, i.code, 'ids' in i ? i.ids : 'value' in i ? i.value : '']));
}

/**
 * Reports an element's unusable attributes once per set of issues, after the render that
 * shows them: `check` gives the issues, or null while the data they depend on is loading.
 */
export class AttributeReporter implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #check: () => readonly AttributeIssue[] | null;
  #reported = issuesKey([]);

  constructor(host: ReactiveControllerHost & HTMLElement, check: () => readonly AttributeIssue[] | null) {
    this.#host = host;
    this.#check = check;
    host.addController(this);
  }

  /** The issues now (none while loading). */
  get issues(): readonly AttributeIssue[] {
    return this.#check() ?? [];
  }

  hostUpdated(): void {
    const issues = this.#check();
    if (!issues) return;
    const key = issuesKey(issues);
    if (key === this.#reported) return;
    this.#reported = key;
    if (!issues.length) return;
    void import('./attribute-messages.js').then((loaded) => {
      const first = !messages;
      messages = loaded;
      if (first) this.#host.requestUpdate();
      if (this.#reported === key) this.#host.dispatchEvent(new CoopErrorEvent(snapshot(loaded.attributeProblem(issues))));
    });
  }

  /** The issues as a note beside the element, for the page's editor (`except` those the view tells already). */
  notice(except: (issue: AttributeIssue) => boolean = () => false): TemplateResult | typeof nothing {
    const shown = this.issues.filter((i) => !except(i));
    return shown.length && messages ? html`<ul class="notice attributes">${shown.map((i) => html`<li>${messages!.describeAttributeIssue(i)}</li>`)}</ul>` : nothing;
  }
}
