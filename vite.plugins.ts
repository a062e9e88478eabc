/** Build plugins of coop-widgets (see vite.config.ts). */
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { RESERVED_CSS } from './src/reserved-space.js';

/**
 * Writes `dist/coop-widgets.css`: the space each element takes before its code arrives
 * (src/reserved-space.ts), for a page that links it in its <head>, before anything is drawn.
 */
export function coopReservedCss(): Plugin {
  return {
    name: 'coop-reserved-css',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'coop-widgets.css', source: `/* coop-widgets: the space of each element until its code arrives */\n${RESERVED_CSS}\n` });
    },
  };
}

/**
 * Writes `dist/check.html`, the page that checks a hospital's file before it is published
 * (src/check/check.html; its script is the build's `check` entry, `dist/check.js`).
 */
export function coopCheckPage(): Plugin {
  return {
    name: 'coop-check-page',
    apply: 'build',
    async generateBundle(_options, bundle: OutputBundle) {
      // Only beside its script (Storybook builds with this config too, without the entry).
      if (!bundle['check.js']) return;
      const { readFile } = await import('node:fs/promises');
      this.emitFile({ type: 'asset', fileName: 'check.html', source: await readFile(new URL('./src/check/check.html', import.meta.url), 'utf8') });
    },
  };
}

/**
 * Writes the iframe embed's files beside the loader: `dist/embed.html` and its stylesheet
 * `dist/coop-embed.css` as they are (src/embed/), and `dist/coop-embed.js`, the classic script
 * a parent page includes to size such iframes, compiled on its own as an IIFE (a classic
 * script shares no chunk). The page's script is the build's `coop-embed-frame` entry.
 */
export function coopEmbedFiles(): Plugin {
  return {
    name: 'coop-embed-files',
    apply: 'build',
    async generateBundle(_options, bundle: OutputBundle) {
      // Only beside its script (Storybook builds with this config too, without the entry).
      if (!bundle['coop-embed-frame.js']) return;
      const { readFile } = await import('node:fs/promises');
      const { build } = await import('rolldown');
      const source = (file: string) => new URL(`./src/embed/${file}`, import.meta.url);
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: await readFile(source('embed.html'), 'utf8') });
      this.emitFile({ type: 'asset', fileName: 'coop-embed.css', source: await readFile(source('embed.css'), 'utf8') });
      const parent = await build({ input: source('coop-embed.ts').pathname, write: false, logLevel: 'warn', output: { format: 'iife', minify: true } });
      this.emitFile({ type: 'asset', fileName: 'coop-embed.js', source: parent.output[0].code });
    },
  };
}

/**
 * Writes into the loader (`dist/coop-widgets.js`) which files each element and each part of
 * the bundled data needs, so that it can ask for all of them as soon as it sees a tag
 * (`<link rel=modulepreload>`) instead of discovering them import by import.
 */
export function coopPreloads(details?: { folder(): string }): Plugin {
  // loadClasses() is for developers: no page waits on it.
  const entryName = (id: string | null) => /\/src\/components\/coop-(map|timeline|card|cards|filters)\/coop-\1\.ts$/.exec(id ?? '')?.[1] ?? (/\/src\/data\/load\.ts$/.test(id ?? '') ? 'source' : null);
  // Each institution's records (a card's details, one per partnership, would cost every page
  // more bytes than the round trip they save).
  const dataName = (id: string | null) => /\/src\/generated\/data\/(core\/[^/]+)\.json$/.exec(id ?? '')?.[1] ?? null;
  return {
    name: 'coop-preloads',
    apply: 'build',
    generateBundle(_options, bundle: OutputBundle) {
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (chunk: OutputChunk) => {
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const next of byFile.get(file)?.imports ?? []) visit(next);
        };
        visit(chunk.fileName);
        return [...files];
      };
      const loader = chunks.find((c) => c.isEntry && c.fileName === 'coop-widgets.js');
      if (!loader) return;
      const preloads = { modules: {} as Record<string, string[]>, data: {} as Record<string, string[]>, details: details?.folder() ?? '' };
      const loaded = new Set(closure(loader));
      for (const chunk of chunks) {
        const entry = entryName(chunk.facadeModuleId);
        const data = dataName(chunk.facadeModuleId);
        // What the loader has loaded already is not asked for again.
        // File names without ".js", to keep the loader small.
        if (entry) preloads.modules[entry] = closure(chunk).filter((f) => !loaded.has(f)).map((f) => f.replace(/\.js$/, ''));
        if (data) preloads.data[data] = [chunk.fileName.replace(/\.js$/, '')];
      }
      // The minifier may quote the marker with ", ' or `.
      const marker = /(["'`])__COOP_PRELOADS__\1/;
      if (!marker.test(loader.code)) this.error('coop-preloads: the loader has no __COOP_PRELOADS__ marker');
      loader.code = loader.code.replace(marker, () => JSON.stringify(JSON.stringify(preloads)));
    },
  };
}

/**
 * Minifies the CSS inside Lit's css`…` literals (comments, indentation, spaces around
 * punctuation): the minifier leaves template literals as written, and every element's
 * styles travel in its JavaScript. `${…}` interpolations are kept as they are.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'coop-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(?<![\w.$])css`/.test(code)) return null;
      return { code: rewriteCssLiterals(code), map: null };
    },
  };
}

/** `code` with the static parts of each css`…` literal minified. */
export function rewriteCssLiterals(code: string): string {
  let out = '';
  let i = 0;
  // The tag `css`, not a word ending in it ("coop-widgets.css`" in a comment).
  const next = (from: number) => {
    const match = /(?<![\w.$])css`/g;
    match.lastIndex = from;
    return match.exec(code)?.index ?? -1;
  };
  for (let start = next(i); start !== -1; start = next(i)) {
    out += code.slice(i, start + 4);
    let j = start + 4;
    let part = '';
    for (;;) {
      const c = code[j];
      if (c === undefined) throw new Error('minifyCssLiterals: unterminated css literal');
      if (c === '\\') {
        part += c + code[j + 1];
        j += 2;
      } else if (c === '`') {
        out += minifyCss(part) + '`';
        j++;
        break;
      } else if (c === '$' && code[j + 1] === '{') {
        const close = code.indexOf('}', j);
        out += minifyCss(part) + code.slice(j, close + 1);
        part = '';
        j = close + 1;
      } else {
        part += c;
        j++;
      }
    }
    i = j;
  }
  return out + code.slice(i);
}

/** Conservative CSS minification: no rule is reordered or merged; strings are kept as written. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            // 0.5em is .5em.
            .replace(/(^|[\s:(,/-])0\.(\d)/g, '$1.$2'),
    )
    .join('');
}

/**
 * The bundled details parts (src/generated/data/details/*.json, fetched by name: see
 * src/data/details-source.ts) copied beside the chunks into a folder named after their
 * hash, so a server may cache them for good, and that folder written into the code that
 * fetches them. Returns the folder's name too, for the loader's preloads.
 */
export function coopDetails(): Plugin & { folder(): string } {
  let folder = '';
  return {
    name: 'coop-details',
    apply: 'build',
    folder: () => folder,
    async generateBundle(_options, bundle: OutputBundle) {
      const { readdirSync, readFileSync } = await import('node:fs');
      const { createHash } = await import('node:crypto');
      const source = new URL('./src/generated/data/details/', import.meta.url);
      const files = readdirSync(source).filter((f) => f.endsWith('.json')).sort();
      const hash = createHash('sha256');
      const contents = files.map((f) => {
        const text = readFileSync(new URL(f, source));
        hash.update(f).update(text);
        return text;
      });
      folder = `coop-data-${hash.digest('hex').slice(0, 10)}/`;
      files.forEach((f, i) => this.emitFile({ type: 'asset', fileName: `${folder}${f}`, source: contents[i] }));
      const marker = /(["'`])__COOP_DETAILS__\1/;
      const chunk = Object.values(bundle).find((c): c is OutputChunk => c.type === 'chunk' && marker.test(c.code));
      if (!chunk) this.error('coop-details: no chunk has the __COOP_DETAILS__ marker');
      // Relative to the chunk: in a Storybook build chunks live in assets/.
      const { posix } = await import('node:path');
      const relative = posix.relative(posix.dirname(chunk.fileName), folder) || '.';
      chunk.code = chunk.code.replace(marker, () => JSON.stringify(`${relative.startsWith('.') ? '' : './'}${relative}/`));
    },
  };
}

/** The npm build reads the details parts through imports (src/data/details-imports.ts), which bundlers follow. */
export function detailsThroughImports(): Plugin {
  return {
    name: 'coop-details-through-imports',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (!id.endsWith('/details-source.js') || !importer?.includes('/src/data/')) return null;
      return this.resolve(id.replace(/details-source\.js$/, 'details-imports.js'), importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * Collapses the indentation inside Lit's html`…` and svg`…` literals: each run of white space
 * that holds a line break becomes one space, which HTML renders the same (no element of ours
 * keeps white space: no <pre>, no `white-space: pre`). Found with the bundler's own parser,
 * so nested templates and `${…}` expressions are left exactly as written.
 */
export function minifyHtmlLiterals(): Plugin {
  return {
    name: 'coop-minify-html-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(?<![\w.$])(html|svg)`/.test(code)) return null;
      // Imported here, not at the top: the browser tests import this file (css-minify.test.ts).
      const { parseAst } = await import('rolldown/parseAst');
      return { code: rewriteHtmlLiterals(code, parseAst(code, { lang: 'ts' }, id), id), map: null };
    },
  };
}

/**
 * `code` with the static parts of each html`…` / svg`…` literal collapsed; `program` is its
 * syntax tree (ESTree). What the built pages render with it is what dist.test.ts checks.
 */
export function rewriteHtmlLiterals(code: string, program: unknown, fileName = 'module.ts'): string {
  // Each literal's static text, [start, end) between its delimiters.
  const parts: [number, number][] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: { start: number; end: number; value: { raw: string } }[] } };
    if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && (n.tag.name === 'html' || n.tag.name === 'svg')) {
      for (const q of n.quasi!.quasis) {
        // The parser's span holds the delimiters around the text (` or } before it).
        const start = code.slice(q.start, q.start + q.value.raw.length) === q.value.raw ? q.start : q.start + 1;
        if (code.slice(start, start + q.value.raw.length) !== q.value.raw) throw new Error(`minifyHtmlLiterals: unexpected template span in ${fileName}`);
        parts.push([start, start + q.value.raw.length]);
      }
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(program);
  let out = '';
  let at = 0;
  for (const [start, end] of parts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + code.slice(start, end).replace(/[ \t]*\r?\n\s*/g, ' ');
    at = end;
  }
  return out + code.slice(at);
}
