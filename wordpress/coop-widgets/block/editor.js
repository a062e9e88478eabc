/**
 * The editor of the block "International cooperation": sidebar controls for the element,
 * its institutions, filters, linked group and data file; the preview is the element itself,
 * rendered by the server exactly as on the page. Plain script, no build step: WordPress's
 * own packages through the `wp` global; labels (translated by the plugin) come from PHP in
 * `window.coopWidgetsEditor`.
 */
(function (wp, settings) {
  'use strict';
  const el = wp.element.createElement;
  const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
  const { Button, CheckboxControl, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const labels = settings.labels;
  const ELEMENTS = ['coop-map', 'coop-timeline', 'coop-card', 'coop-cards', 'coop-filters'];
  const FILTERED = ['coop-map', 'coop-timeline', 'coop-cards'];

  const tokens = (value) => (value || '').split(/[\s,]+/).filter(Boolean);

  function institutionControls(attributes, setAttributes) {
    const chosen = tokens(attributes.institution);
    const toggle = (id, on) => {
      const next = on ? chosen.concat(chosen.includes(id) ? [] : [id]) : chosen.filter((t) => t !== id);
      setAttributes({ institution: next.join(' ') });
    };
    return el(
      PanelBody,
      { title: labels.institutions, initialOpen: true },
      settings.institutions.map((institution) =>
        el(CheckboxControl, { key: institution.id, label: institution.name, checked: chosen.includes(institution.id), onChange: (on) => toggle(institution.id, on) }),
      ),
      el(TextControl, { label: labels.institutionIds, help: labels.institutionHelp, value: attributes.institution, onChange: (institution) => setAttributes({ institution }) }),
    );
  }

  function filterControls(attributes, setAttributes) {
    return el(
      PanelBody,
      { title: labels.filters, initialOpen: false },
      ['country', 'domain', 'status', 'kind'].map((name) =>
        el(TextControl, { key: name, label: labels[name], value: attributes[name], onChange: (value) => setAttributes({ [name]: value }) }),
      ),
    );
  }

  function dataControls(attributes, setAttributes) {
    return el(
      PanelBody,
      { title: labels.data, initialOpen: false },
      el(TextControl, { label: labels.src, help: labels.srcHelp, type: 'url', value: attributes.src, onChange: (src) => setAttributes({ src }) }),
      el(
        MediaUploadCheck,
        null,
        el(MediaUpload, {
          allowedTypes: ['application/json', 'text/csv'],
          onSelect: (media) => setAttributes({ src: media.url }),
          render: ({ open }) => el(Button, { variant: 'secondary', onClick: open }, labels.chooseFile),
        }),
      ),
      attributes.src ? el(Button, { variant: 'link', isDestructive: true, onClick: () => setAttributes({ src: '' }) }, labels.removeFile) : null,
    );
  }

  function Edit({ attributes, setAttributes }) {
    const element = attributes.element;
    const panels = [
      el(
        PanelBody,
        { key: 'what', title: labels.settings, initialOpen: true },
        el(SelectControl, {
          label: labels.element,
          value: element,
          options: ELEMENTS.map((value) => ({ value, label: labels[value] })),
          onChange: (value) => setAttributes({ element: value }),
        }),
        element === 'coop-card'
          ? el(TextControl, { label: labels.partnership, help: labels.partnershipHelp, value: attributes.partnership, onChange: (partnership) => setAttributes({ partnership }) })
          : null,
      ),
    ];
    if (FILTERED.includes(element)) panels.push(el('div', { key: 'institutions' }, institutionControls(attributes, setAttributes)), el('div', { key: 'filters' }, filterControls(attributes, setAttributes)));
    panels.push(
      el(
        PanelBody,
        { key: 'linking', title: labels.linking, initialOpen: false },
        el(TextControl, { label: labels.group, help: labels.groupHelp, value: attributes.group, onChange: (group) => setAttributes({ group }) }),
        element === 'coop-filters' ? null : el(ToggleControl, { label: labels.urlHash, checked: attributes.urlHash, onChange: (urlHash) => setAttributes({ urlHash }) }),
      ),
    );
    if (element !== 'coop-filters') panels.push(el('div', { key: 'data' }, dataControls(attributes, setAttributes)));
    return el(
      'div',
      useBlockProps(),
      el(InspectorControls, null, panels),
      el(ServerSideRender, { block: 'coop-widgets/cooperation', attributes, skipBlockSupportAttributes: true }),
    );
  }

  wp.blocks.registerBlockType('coop-widgets/cooperation', { edit: Edit, save: () => null });
})(window.wp, window.coopWidgetsEditor);
