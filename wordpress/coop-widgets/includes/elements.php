<?php
/**
 * The elements and their attributes, and the one function that writes an element's tag:
 * the shortcodes and the block both render through coop_widgets_element_html().
 *
 * @package coop-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * What `npm run build:wordpress` wrote from custom-elements.json and the bundled data
 * (elements.generated.php): every element's documented attributes, and the institutions.
 *
 * @return array{attributes: array<string, array<string, string>>, institutions: array<string, array<string, string>>}
 */
function coop_widgets_generated() {
	static $generated = null;
	if ( null === $generated ) {
		$generated = require COOP_WIDGETS_DIR . 'includes/elements.generated.php';
	}
	return $generated;
}

/**
 * Every element's documented attributes: tag => array( name => 'string' | 'boolean' ).
 *
 * @return array<string, array<string, string>>
 */
function coop_widgets_elements() {
	return coop_widgets_generated()['attributes'];
}

/**
 * The institutions of the bundled data: id => array( 'fr' => name, 'en' => name ).
 *
 * @return array<string, array<string, string>>
 */
function coop_widgets_bundled_institutions() {
	return coop_widgets_generated()['institutions'];
}

/**
 * Whether a boolean attribute's value turns it on: present, empty, or anything but a "no".
 *
 * @param mixed $value The value given.
 * @return bool
 */
function coop_widgets_is_on( $value ) {
	if ( true === $value ) {
		return true;
	}
	if ( false === $value || null === $value ) {
		return false;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), array( 'false', '0', 'no', 'non', 'off' ), true );
}

/**
 * The HTML of one element: only its documented attributes, every value escaped. A value the
 * element cannot use is kept, so the element shows its own message about it; an unknown
 * attribute is dropped. Enqueues the library.
 *
 * @param string $tag        coop-map, coop-timeline, coop-card, coop-cards or coop-filters.
 * @param array  $attributes name => value (true or '' for a boolean attribute that is on).
 * @param string $extra      Further attributes already escaped (the block's wrapper), or ''.
 * @return string
 */
function coop_widgets_element_html( $tag, $attributes, $extra = '' ) {
	$elements = coop_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	coop_widgets_enqueue();
	$html = '';
	foreach ( $elements[ $tag ] as $name => $type ) {
		if ( ! array_key_exists( $name, $attributes ) ) {
			continue;
		}
		$value = $attributes[ $name ];
		if ( 'boolean' === $type ) {
			if ( coop_widgets_is_on( $value ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		if ( is_array( $value ) || is_object( $value ) ) {
			continue;
		}
		$value = trim( (string) $value );
		if ( '' === $value ) {
			continue;
		}
		if ( 'src' === $name ) {
			// A data file is fetched, never navigated to, but only http(s) and relative URLs make sense.
			$value = wp_kses_bad_protocol( $value, array( 'http', 'https' ) );
		}
		$html .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return sprintf( '<%1$s%2$s%3$s></%1$s>', $tag, $html, $extra ? ' ' . $extra : '' );
}
