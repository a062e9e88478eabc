/**
 * A small interpreter for the subset of JSON Schema 2020-12 that
 * `data/cooperation.schema.json` uses. Running the schema itself, rather than hand-written
 * checks, keeps the schema the single source of truth for the data's shape; a general
 * validator such as Ajv would cost ~30 kB and compiles code with `new Function`, which a
 * strict Content-Security-Policy forbids.
 *
 * It reports structured issues (a path, a code and the values that explain it); turning
 * them into sentences in the page's language is `messages.ts`'s job.
 */
import { childPath as keyPath } from './record-paths.js';

/** The JSON Schema keywords this interpreter understands. */
export interface SchemaNode {
  $ref?: string;
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  minProperties?: number;
  items?: SchemaNode;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  anyOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
  /**
   * Annotation (ours): names what a valid value looks like ("date-point", "country-code"...),
   * so messages about a pattern can say it in words, in the page's language.
   */
  'x-expected'?: string;
  description?: string;
}

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** Why a value does not fit its schema. */
export type SchemaIssue =
  | { path: string; code: 'type'; expected: JsonType[]; got: unknown; minimum?: number; maximum?: number }
  | { path: string; code: 'range'; minimum?: number; maximum?: number; got: number }
  | { path: string; code: 'enum'; allowed: unknown[]; got: unknown }
  | { path: string; code: 'pattern'; expected: string; got: string }
  | { path: string; code: 'required'; field: string }
  | { path: string; code: 'unknown-field'; field: string }
  | { path: string; code: 'empty'; got: unknown }
  | { path: string; code: 'min-items'; minItems: number };

/** Validates values against one schema; construct once per schema, call `check` often. */
export class SchemaChecker {
  readonly #root: SchemaNode;
  readonly #patterns = new Map<string, RegExp>();

  constructor(root: SchemaNode) {
    this.#root = root;
  }

  /** The node a local `$ref` ("#/$defs/Partner") points to. */
  resolve(ref: string): SchemaNode {
    const node = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((n, key) => (n as Record<string, unknown> | undefined)?.[key], this.#root);
    if (!node || typeof node !== 'object') throw new Error(`Unresolvable $ref ${ref}`);
    return node as SchemaNode;
  }

  /** Checks `value` against `node` and returns its issues (empty when it is valid). */
  check(value: unknown, node: SchemaNode = this.#root, path = ''): SchemaIssue[] {
    const issues: SchemaIssue[] = [];
    this.#visit(value, node, path, issues);
    return issues;
  }

  #visit(value: unknown, node: SchemaNode, path: string, issues: SchemaIssue[]): void {
    if (node.$ref) {
      this.#visit(value, this.resolve(node.$ref), path, issues);
      // A $ref's siblings (description, x-expected) only annotate; keywords beside it are unused here.
      return;
    }
    if (node.anyOf) {
      this.#visitAnyOf(value, node.anyOf, path, issues);
      return;
    }
    if (node.const !== undefined && value !== node.const) {
      issues.push({ path, code: 'enum', allowed: [node.const], got: value });
      return;
    }
    if (node.enum && !node.enum.includes(value as never)) {
      issues.push({ path, code: 'enum', allowed: node.enum, got: value });
      return;
    }
    const types = node.type === undefined ? null : Array.isArray(node.type) ? node.type : [node.type];
    if (types && !types.some((t) => hasType(value, t))) {
      issues.push({ path, code: 'type', expected: types, got: value, minimum: node.minimum, maximum: node.maximum });
      return;
    }
    if (typeof value === 'number') this.#visitNumber(value, node, path, issues);
    else if (typeof value === 'string') this.#visitString(value, node, path, issues);
    else if (Array.isArray(value)) this.#visitArray(value, node, path, issues);
    else if (value !== null && typeof value === 'object') this.#visitObject(value as Record<string, unknown>, node, path, issues);
  }

  #visitAnyOf(value: unknown, branches: SchemaNode[], path: string, issues: SchemaIssue[]): void {
    const attempts = branches.map((branch) => this.check(value, branch, path));
    if (attempts.some((found) => found.length === 0)) return;
    // A branch that failed beyond the value's type says what was meant: for
    // `anyOf: [PartialDate, null]`, an object with a bad `start` is about the date.
    const deep = attempts.find((found) => !isTypeMismatchAt(found, path));
    if (deep) {
      issues.push(...deep);
      return;
    }
    const mismatches = attempts.map((found) => found[0] as Extract<SchemaIssue, { code: 'type' }>);
    const expected = [...new Set(mismatches.flatMap((m) => m.expected))];
    issues.push({ ...mismatches[0], expected });
  }

  #visitNumber(value: number, node: SchemaNode, path: string, issues: SchemaIssue[]): void {
    if (!Number.isFinite(value) || (node.minimum !== undefined && value < node.minimum) || (node.maximum !== undefined && value > node.maximum)) {
      issues.push({ path, code: 'range', minimum: node.minimum, maximum: node.maximum, got: value });
    }
  }

  #visitString(value: string, node: SchemaNode, path: string, issues: SchemaIssue[]): void {
    if (node.minLength !== undefined && value.length < node.minLength) {
      issues.push({ path, code: 'empty', got: value });
    } else if (node.pattern && !this.#regex(node.pattern).test(value)) {
      issues.push({ path, code: 'pattern', expected: node['x-expected'] ?? node.pattern, got: value });
    }
  }

  #visitArray(value: unknown[], node: SchemaNode, path: string, issues: SchemaIssue[]): void {
    if (node.minItems !== undefined && value.length < node.minItems) {
      issues.push({ path, code: 'min-items', minItems: node.minItems });
    }
    if (node.items) value.forEach((item, i) => this.#visit(item, node.items!, `${path}[${i}]`, issues));
  }

  #visitObject(value: Record<string, unknown>, node: SchemaNode, path: string, issues: SchemaIssue[]): void {
    const keys = Object.keys(value);
    if (node.minProperties !== undefined && keys.length < node.minProperties) {
      issues.push({ path, code: 'empty', got: value });
    }
    for (const field of node.required ?? []) {
      if (!(field in value)) issues.push({ path, code: 'required', field });
    }
    for (const key of keys) {
      const childPath = keyPath(path, key);
      const declared = node.properties?.[key];
      if (node.propertyNames) {
        const nameIssues = this.check(key, node.propertyNames, childPath);
        if (nameIssues.length) {
          issues.push(...nameIssues);
          continue;
        }
      }
      if (declared) this.#visit(value[key], declared, childPath, issues);
      else if (node.additionalProperties === false) issues.push({ path, code: 'unknown-field', field: key });
      else if (typeof node.additionalProperties === 'object') this.#visit(value[key], node.additionalProperties, childPath, issues);
    }
  }

  #regex(pattern: string): RegExp {
    let re = this.#patterns.get(pattern);
    if (!re) this.#patterns.set(pattern, (re = new RegExp(pattern, 'u')));
    return re;
  }
}

function isTypeMismatchAt(found: SchemaIssue[], path: string): boolean {
  return found.length === 1 && found[0].path === path && found[0].code === 'type';
}

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}
