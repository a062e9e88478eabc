<?php
/**
 * The elements in WordPress's HTML allow-list (KSES): an author, an editor on a multisite
 * network or anyone on a site with DISALLOW_UNFILTERED_HTML can paste `<coop-map
 * institution="chu-angers"></coop-map>` into an HTML block, and it survives their saving and
 * anyone's re-saving. Only the tags and their documented attributes (elements.generated.php,
 * from custom-elements.json), plus the attributes every allowed tag gets; never `<script>`:
 * the plugin loads the library itself.
 *
 * @package coop-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the elements to the allow-list of post content.
 *
 * @param array  $tags    tag => allowed attributes.
 * @param string $context The KSES context.
 * @return array
 */
function coop_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( coop_widgets_elements() as $tag => $attributes ) {
		$allowed = array_fill_keys( array_keys( $attributes ), true );
		if ( function_exists( '_wp_add_global_attributes' ) ) {
			$allowed = _wp_add_global_attributes( $allowed );
		}
		$tags[ $tag ] = isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ? array_merge( $tags[ $tag ], $allowed ) : $allowed;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'coop_widgets_allowed_html', 10, 2 );
