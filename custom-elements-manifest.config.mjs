/**
 * The custom-elements manifest (custom-elements.json) is generated from the elements'
 * JSDoc: attributes, properties, events, parts and custom properties. Private and
 * protected members are left out: they are not the API.
 */
const ENTRY_OF_TAG = {
  'coop-map': 'src/map.ts',
  'coop-timeline': 'src/timeline.ts',
  'coop-card': 'src/card.ts',
  'coop-cards': 'src/card.ts',
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/geo/generated/**', 'src/**/*.generated.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise rewrite package.json's "customElements" to wherever it
  // wrote last (check-manifest writes to a temporary folder).
  packagejson: false,
  plugins: [
    {
      name: 'coop-hide-private',
      packageLinkPhase({ customElementsManifest }) {
        const definitions = [];
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !m.static,
              );
            }
            // The public events are the @fires ones, all named coop-*: what the analyzer guesses from
            // dispatchEvent calls through a variable (`new CoopSelectEvent(selection)`) is not an event name.
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('coop-'));
            if (declaration.tagName) definitions.push({ tag: declaration.tagName, name: declaration.name, module: mod.path });
          }
          // defineElement(tag, element) is a helper, not a definition.
          if (mod.path === 'src/define.ts') mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
        }
        // The entry points register the elements (src/map.ts registers coop-map...).
        definitions.sort((a, b) => (a.tag < b.tag ? -1 : 1));
        for (const { tag, name, module } of definitions) {
          const entry = ENTRY_OF_TAG[tag];
          let mod = customElementsManifest.modules.find((m) => m.path === entry);
          if (!mod) customElementsManifest.modules.push((mod = { kind: 'javascript-module', path: entry, declarations: [], exports: [] }));
          mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name, module } }];
        }
        // The analyzer reads files in parallel and lists modules in the order they finish:
        // sorted, the file is the same from run to run (the drift check depends on it).
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
