<?php
/**
 * The block "International cooperation" (coop-widgets/cooperation): a dynamic block whose
 * settings are the element's attributes, rendered on the server by the same function as
 * the shortcodes. Its editor (block/editor.js, no build step) previews the real element.
 *
 * @package coop-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The block's attributes as the element's.
 *
 * @param array $attributes The block's attributes.
 * @return array name => value
 */
function coop_widgets_block_element_attributes( $attributes ) {
	$element = array();
	foreach ( array( 'institution', 'partnership', 'country', 'domain', 'status', 'kind', 'group', 'src' ) as $name ) {
		if ( isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ) {
			$element[ $name ] = $attributes[ $name ];
		}
	}
	if ( ! empty( $attributes['urlHash'] ) ) {
		$element['url-hash'] = true;
	}
	return $element;
}

/**
 * Renders the block: the element in a wrapper carrying the block's classes (alignment).
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function coop_widgets_render_block( $attributes ) {
	$tag = isset( $attributes['element'] ) ? (string) $attributes['element'] : 'coop-map';
	if ( ! isset( coop_widgets_elements()[ $tag ] ) ) {
		$tag = 'coop-map';
	}
	return sprintf( '<div %s>%s</div>', get_block_wrapper_attributes(), coop_widgets_element_html( $tag, coop_widgets_block_element_attributes( $attributes ) ) );
}

add_action(
	'init',
	function () {
		wp_register_script(
			'coop-widgets-block-editor',
			plugins_url( 'block/editor.js', COOP_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
			COOP_WIDGETS_VERSION,
			true
		);
		$institutions = array();
		$english      = 0 === strpos( determine_locale(), 'en' );
		foreach ( coop_widgets_bundled_institutions() as $id => $names ) {
			$institutions[] = array(
				'id'   => $id,
				'name' => $english && isset( $names['en'] ) ? $names['en'] : $names['fr'],
			);
		}
		$settings = array(
			'institutions' => $institutions,
			'labels'       => array(
				'element'          => __( 'Show', 'coop-widgets' ),
				'coop-map'         => __( 'World map of the partners', 'coop-widgets' ),
				'coop-timeline'    => __( 'Timeline', 'coop-widgets' ),
				'coop-card'        => __( 'One partnership (card)', 'coop-widgets' ),
				'coop-cards'       => __( 'Every partnership (cards)', 'coop-widgets' ),
				'coop-filters'     => __( 'Filters for visitors', 'coop-widgets' ),
				'settings'         => __( 'What to show', 'coop-widgets' ),
				'institutions'     => __( 'Institutions', 'coop-widgets' ),
				'institutionIds'   => __( 'Institution ids', 'coop-widgets' ),
				'institutionHelp'  => __( 'Separated by spaces; none: every institution. Your own data may have other ids.', 'coop-widgets' ),
				'partnership'      => __( 'Partnership id', 'coop-widgets' ),
				'partnershipHelp'  => __( 'None: the card shows what a visitor selects on the map or the timeline.', 'coop-widgets' ),
				'filters'          => __( 'Filters', 'coop-widgets' ),
				'country'          => __( 'Countries (ISO codes, e.g. ML SN)', 'coop-widgets' ),
				'domain'           => __( 'Domains (ids)', 'coop-widgets' ),
				'status'           => __( 'Statuses (e.g. active planned)', 'coop-widgets' ),
				'kind'             => __( 'Kinds (e.g. partnership network)', 'coop-widgets' ),
				'linking'          => __( 'Linked views', 'coop-widgets' ),
				'group'            => __( 'Group', 'coop-widgets' ),
				'groupHelp'        => __( 'Elements of the same group follow one selection (and one set of visitors\' filters).', 'coop-widgets' ),
				'urlHash'          => __( 'Keep the selection in the address', 'coop-widgets' ),
				'data'             => __( 'Data', 'coop-widgets' ),
				'src'              => __( 'Data file (JSON or CSV)', 'coop-widgets' ),
				'srcHelp'          => __( 'None: the bundled data. Upload your file to the Media Library, then choose it here.', 'coop-widgets' ),
				'chooseFile'       => __( 'Choose a JSON or CSV file', 'coop-widgets' ),
				'removeFile'       => __( 'Use the bundled data', 'coop-widgets' ),
			),
		);
		wp_add_inline_script( 'coop-widgets-block-editor', 'window.coopWidgetsEditor = ' . wp_json_encode( $settings ) . ';', 'before' );
		register_block_type_from_metadata( COOP_WIDGETS_DIR . 'block', array( 'render_callback' => 'coop_widgets_render_block' ) );
	}
);

// The editor's preview is the real element.
add_action( 'enqueue_block_editor_assets', 'coop_widgets_enqueue' );
