import { expect } from '@open-wc/testing';
import { minifyCss, rewriteCssLiterals, rewriteHtmlLiterals } from '../vite.plugins.js';

describe('CSS literal minification (build)', () => {
  it('drops comments and spaces that do not matter, keeps those that do', () => {
    const css = `
      /* a comment */
      :host([theme='dark']) .a > .b:hover,
      .c :is(.d, .e) {
        margin: 0 auto;
        width: calc(100% - 2px);
        content: '  two  spaces ';
      }
      @media (min-width: 500px) and (prefers-color-scheme: dark) {
        .f { color: rgb(0 0 0 / 0.5); margin: 0.25em -0.5em 10.5px; }
      }`;
    expect(minifyCss(css)).to.equal(
      " :host([theme='dark']) .a > .b:hover,.c :is(.d,.e){margin:0 auto;width:calc(100% - 2px);content:'  two  spaces '}@media (min-width:500px) and (prefers-color-scheme:dark){.f{color:rgb(0 0 0 / .5);margin:.25em -.5em 10.5px}}",
    );
  });

  it('rewrites only the static parts of css`…` literals', () => {
    const code = 'const a = css`\n  .x {\n    color: red;\n  }\n  ${dark}\n`; const b = `  keep  `;';
    expect(rewriteCssLiterals(code)).to.equal('const a = css` .x{color:red}${dark} `; const b = `  keep  `;');
  });

  it('gives the same computed styles as the unminified sheet', () => {
    const css = `.a { color: rgb(1, 2, 3); margin: 0.5px 2px -0.25em; opacity: 0.75; } .a:hover::after { content: ' x '; }`;
    const [plain, small] = [css, minifyCss(css)].map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((r) => r.cssText);
    });
    expect(small).to.deep.equal(plain);
  });

  it('collapses the indentation of html`…` literals only, leaving expressions and other strings as written', () => {
    const code = 'const a = html`<p>\n  ${x}\n</p>`; const b = `  keep\n  `;';
    // The syntax tree as the bundler's parser (oxc) gives it: each template element's span
    // holds its delimiters (` or } before the text, ${ or ` after it).
    const element = (start: number, end: number, raw: string) => ({ type: 'TemplateElement', start, end, value: { raw } });
    const program = {
      type: 'Program',
      body: [{ type: 'TaggedTemplateExpression', tag: { type: 'Identifier', name: 'html' }, quasi: { type: 'TemplateLiteral', quasis: [element(14, 23, '<p>\n  '), element(24, 31, '\n</p>')] } }],
    };
    expect(rewriteHtmlLiterals(code, program)).to.equal('const a = html`<p> ${x} </p>`; const b = `  keep\n  `;');
  });
});
