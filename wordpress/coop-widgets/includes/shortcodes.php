<?php
/**
 * Shortcodes `[coop-map]`, `[coop-timeline]`, `[coop-card]`, `[coop-cards]` and
 * `[coop-filters]`, with the elements' own attribute names:
 * `[coop-map institution="chu-angers" status="active" no-zoom]`.
 *
 * @package coop-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A shortcode's attributes as the element's: a bare word (`no-zoom`) turns a boolean on.
 *
 * @param array|string $atts What WordPress parsed.
 * @return array name => value
 */
function coop_widgets_shortcode_attributes( $atts ) {
	$attributes = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			$attributes[ strtolower( (string) $value ) ] = true;
		} else {
			$attributes[ strtolower( $name ) ] = $value;
		}
	}
	return $attributes;
}

add_action(
	'init',
	function () {
		foreach ( array_keys( coop_widgets_elements() ) as $tag ) {
			add_shortcode(
				$tag,
				function ( $atts ) use ( $tag ) {
					return coop_widgets_element_html( $tag, coop_widgets_shortcode_attributes( $atts ) );
				}
			);
		}
	}
);
