<?php
/**
 * Plugin Name:       Coopération internationale (coop-widgets)
 * Plugin URI:        https://www.npmjs.com/package/coop-widgets
 * Description:       A hospital's international cooperation as an accessible world map, timeline and partnership cards: shortcodes, a block, and the elements allowed for every role. The files are served by your own site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            coop-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       coop-widgets
 * Domain Path:       /languages
 *
 * @package coop-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'COOP_WIDGETS_VERSION', '0.1.0' );
define( 'COOP_WIDGETS_FILE', __FILE__ );
define( 'COOP_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once COOP_WIDGETS_DIR . 'includes/elements.php';
require_once COOP_WIDGETS_DIR . 'includes/assets.php';
require_once COOP_WIDGETS_DIR . 'includes/kses.php';
require_once COOP_WIDGETS_DIR . 'includes/shortcodes.php';
require_once COOP_WIDGETS_DIR . 'includes/block.php';
require_once COOP_WIDGETS_DIR . 'includes/media.php';

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'coop-widgets', false, dirname( plugin_basename( COOP_WIDGETS_FILE ) ) . '/languages' );
	},
	0
);
