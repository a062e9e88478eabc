<?php
/**
 * The library's files, served by the site itself from the plugin's dist/ folder: the
 * module script (it loads each element's code and data from beside itself) and the
 * stylesheet that reserves the elements' space. Enqueued only on pages whose content holds
 * an element, a shortcode or the block, and only once.
 *
 * @package coop-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The URL of a file of the plugin's dist/ folder.
 *
 * @param string $file File name inside dist/.
 * @return string
 */
function coop_widgets_dist_url( $file ) {
	return plugins_url( 'dist/' . $file, COOP_WIDGETS_FILE );
}

/**
 * Whether this WordPress has script modules (6.5+): they print `type="module"` themselves.
 *
 * @return bool
 */
function coop_widgets_has_script_modules() {
	return function_exists( 'wp_enqueue_script_module' );
}

add_action(
	'init',
	function () {
		wp_register_style( 'coop-widgets', coop_widgets_dist_url( 'coop-widgets.css' ), array(), COOP_WIDGETS_VERSION );
		if ( ! coop_widgets_has_script_modules() ) {
			wp_register_script( 'coop-widgets', coop_widgets_dist_url( 'coop-widgets.js' ), array(), COOP_WIDGETS_VERSION, true );
		}
	}
);

/**
 * Asks for the library on this page: the stylesheet (in the head when asked early enough)
 * and the module script, at the end of the page. Asking again changes nothing.
 */
function coop_widgets_enqueue() {
	if ( ! did_action( 'init' ) ) {
		return;
	}
	wp_enqueue_style( 'coop-widgets' );
	if ( coop_widgets_has_script_modules() ) {
		wp_enqueue_script_module( 'coop-widgets', coop_widgets_dist_url( 'coop-widgets.js' ), array(), COOP_WIDGETS_VERSION );
	} else {
		wp_enqueue_script( 'coop-widgets' );
	}
}

/**
 * Before 6.5, a registered script prints as a classic `<script>`: this one is a module.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function coop_widgets_module_tag( $tag, $handle ) {
	if ( 'coop-widgets' !== $handle ) {
		return $tag;
	}
	return preg_replace_callback(
		'/<script\b([^>]*\bid=([\'"])coop-widgets-js\2[^>]*)>/',
		function ( $match ) {
			$attributes = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $match[1] );
			return '<script type="module"' . $attributes . '>';
		},
		$tag
	);
}
add_filter( 'script_loader_tag', 'coop_widgets_module_tag', 10, 2 );

/**
 * Whether some content holds an element, one of the shortcodes or the block.
 *
 * @param string $content Post content.
 * @return bool
 */
function coop_widgets_content_has_elements( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	return false !== stripos( $content, '<coop-' )
		|| false !== strpos( $content, '<!-- wp:coop-widgets/' )
		|| 1 === preg_match( '/\[coop-(?:map|timeline|cards?|filters)(?![\w-])/', $content );
}

// Known before the head is printed: the posts of the page.
add_action(
	'wp_enqueue_scripts',
	function () {
		global $wp_query;
		foreach ( isset( $wp_query->posts ) ? (array) $wp_query->posts : array() as $post ) {
			if ( $post instanceof WP_Post && coop_widgets_content_has_elements( $post->post_content ) ) {
				coop_widgets_enqueue();
				return;
			}
		}
	}
);

/**
 * A `<script>` that loads this library (coop-widgets.js or coop-widgets.iife.js, wherever
 * it was uploaded), pasted before the plugin was installed with the README's snippet: the
 * plugin serves the library itself, and a second copy would be downloaded and run again.
 * Removed from what is shown, never from what is saved.
 *
 * @param string $html Rendered HTML.
 * @return string
 */
function coop_widgets_drop_pasted_library( $html ) {
	if ( false === stripos( $html, 'coop-widgets' ) || false === stripos( $html, '<script' ) ) {
		return $html;
	}
	return preg_replace( '#<script\b[^>]*\bsrc=(["\'])(?:[^"\']*/)?coop-widgets(?:\.iife)?\.js(?:[?\#][^"\']*)?\1[^>]*>\s*</script>\s*#i', '', $html );
}

// Pasted markup elsewhere (a template part, a widget): found while the page is rendered.
add_filter(
	'render_block',
	function ( $content ) {
		if ( is_string( $content ) && false !== stripos( $content, '<coop-' ) ) {
			coop_widgets_enqueue();
			$content = coop_widgets_drop_pasted_library( $content );
		}
		return $content;
	}
);
add_filter(
	'widget_text',
	function ( $content ) {
		if ( coop_widgets_content_has_elements( $content ) ) {
			coop_widgets_enqueue();
			$content = coop_widgets_drop_pasted_library( $content );
		}
		return $content;
	}
);
// Content without blocks (the classic editor) is not rendered block by block.
add_filter(
	'the_content',
	function ( $content ) {
		return is_string( $content ) && false !== stripos( $content, '<coop-' ) ? coop_widgets_drop_pasted_library( $content ) : $content;
	},
	20
);
