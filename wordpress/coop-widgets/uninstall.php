<?php
/**
 * Uninstall: the plugin keeps no option, no table, no file of its own outside its folder
 * (which WordPress deletes); this removes anything under its prefix, should a later version
 * or another copy have left some. Your posts keep their shortcodes and blocks, and the
 * Media Library your data files: they are your content.
 *
 * @package coop-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
$coop_widgets_like = $wpdb->esc_like( 'coop_widgets_' ) . '%';
$coop_widgets_options = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s", $coop_widgets_like, '_transient_' . $coop_widgets_like, '_transient_timeout_' . $coop_widgets_like ) );
foreach ( $coop_widgets_options as $coop_widgets_option ) {
	delete_option( $coop_widgets_option );
}
