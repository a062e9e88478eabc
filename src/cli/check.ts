/// <reference types="node" />
/**
 * `npx coop-widgets check FILE…`: checks a hospital's JSON or CSV files before they are
 * published, for sites that publish data through their own pipelines. It prints what the
 * check page (dist/check.html) lists, the same sentences (`--lang fr|en|ar`, else the
 * system's language), and exits 1 when a file cannot be read or records of it were set aside
 * (`--strict`: also when values were corrected), 2 on a usage error. `--out FILE.json` writes
 * the validated JSON (one input file). Built by scripts/build-cli.mjs into bin/, for Node
 * alone: no browser.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { checkText, reportSummary, validatedJson, type CheckReport } from '../data/check-report.js';
import { decodeText } from '../data/load.js';
import { localeFor, setLocale } from '../localization.js';

const USAGE = `Usage: coop-widgets check FILE... [--lang fr|en|ar] [--strict] [--out FILE.json] [--json]

Checks JSON or CSV files of coop-widgets data, as <coop-map src="…"> would read them:
every problem with its row and column (CSV) or path (JSON), and what was done about it.
  --lang     language of the messages (default: the system's, else French)
  --strict   exit 1 when values were corrected, not only when records were set aside
  --out      write the validated JSON (with its $schema) to this file (one input file)
  --json     print the problems as JSON (path, line, column, severity, message)
Exit status: 0 usable as is, 1 errors (or corrections with --strict), 2 usage.`;

const MARK = { error: '✗', warning: '!', info: 'i' } as const;

interface Options {
  files: string[];
  lang: string | null;
  strict: boolean;
  out: string | null;
  json: boolean;
}

function parse(args: readonly string[]): Options | string {
  const options: Options = { files: [], lang: null, strict: false, out: null, json: false };
  const rest = [...args];
  if (rest[0] === 'check') rest.shift();
  else return rest.length && !['-h', '--help'].includes(rest[0]) ? `coop-widgets: unknown command « ${rest[0]} »` : '';
  while (rest.length) {
    const arg = rest.shift()!;
    if (arg === '-h' || arg === '--help') return '';
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--lang' || arg === '--out') {
      const value = rest.shift();
      if (!value) return `coop-widgets: ${arg} needs a value`;
      if (arg === '--lang') options.lang = value;
      else options.out = value;
    } else if (arg.startsWith('--')) return `coop-widgets: unknown option ${arg}`;
    else options.files.push(arg);
  }
  if (!options.files.length) return 'coop-widgets check: which file? (coop-widgets check FILE)';
  if (options.out && options.files.length > 1) return 'coop-widgets check: --out takes one input file';
  return options;
}

/** Runs the command with `args` (without `node` and the script); resolves with the exit status. */
export async function main(args: readonly string[], print: (line: string) => void = console.log, warn: (line: string) => void = console.error): Promise<number> {
  const options = parse(args);
  if (typeof options === 'string') {
    if (options) warn(options);
    (options ? warn : print)(USAGE);
    return options ? 2 : 0;
  }
  const systemLanguage = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  // @lit/localize announces a switch of language on `window`: Node has none.
  (globalThis as { window?: EventTarget }).window ??= new EventTarget();
  await setLocale(localeFor(options.lang ?? systemLanguage));
  let status = 0;
  const reports: CheckReport[] = [];
  for (const file of options.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      warn(`coop-widgets check: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
      status = Math.max(status, 2);
      continue;
    }
    const report = checkText(decodeText(bytes), file);
    reports.push(report);
    if (report.errors || (options.strict && report.counts.corrected > 0)) status = Math.max(status, 1);
    if (options.json) continue;
    print(reportSummary(report));
    for (const issue of report.issues) print(`  ${MARK[issue.severity ?? 'error']} ${issue.message}`);
  }
  if (options.json) {
    print(JSON.stringify(reports.map((r) => ({ file: r.name, status: r.result.status, counts: r.counts, issues: r.issues.map((i) => ({ ...i })) })), null, 2));
  }
  if (options.out && reports[0]) {
    const json = validatedJson(reports[0]);
    if (json === null) {
      warn(`coop-widgets check: ${reports[0].name} could not be read: nothing written to ${options.out}`);
      status = Math.max(status, 1);
    } else await writeFile(options.out, json);
  }
  return status;
}
