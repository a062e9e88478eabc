<?php
/**
 * The WordPress suite's hands inside a site, with php-cli (WP-CLI is not packaged by Debian):
 * `php wp.php SITE_DIR COMMAND [JSON]` loads that site's WordPress and prints one JSON line.
 *
 * - install {title, admin, password, email, locale}: creates the database and installs
 *   WordPress (block theme, French), an administrator, an editor and an author, each with an
 *   application password for the REST API, as a person would generate one in their profile;
 * - options {like}: the option names containing a string (what the plugin left);
 * - uninstall {plugin}: deactivates and deletes a plugin, as Plugins > Delete does (its
 *   uninstall.php runs).
 */
error_reporting( E_ALL & ~E_DEPRECATED & ~E_USER_DEPRECATED );
$coop_site    = rtrim( $argv[1], '/' );
$coop_command = $argv[2];
$coop_args    = isset( $argv[3] ) ? json_decode( $argv[3], true ) : array();

// wp-config.php names the site's URL; a CLI request has no host of its own.
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define( 'ABSPATH', $coop_site . '/' );

if ( 'install' === $coop_command ) {
	define( 'WP_INSTALLING', true );
	require $coop_site . '/wp-config-db.php';
	$coop_db = new mysqli( 'localhost', 'root', '', '', 0, COOP_DB_SOCKET );
	$coop_db->query( 'DROP DATABASE IF EXISTS `' . DB_NAME . '`' );
	$coop_db->query( 'CREATE DATABASE `' . DB_NAME . '` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' );
	$coop_db->close();
}

require ABSPATH . 'wp-load.php';

/** Prints the answer and stops. */
function coop_answer( $value ) {
	echo wp_json_encode( $value ), "\n";
	exit( 0 );
}

switch ( $coop_command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$coop_result = wp_install( $coop_args['title'], 'admin', $coop_args['email'], false, '', $coop_args['password'], $coop_args['locale'] );
		update_option( 'WPLANG', $coop_args['locale'] );
		switch_theme( 'twentytwentythree' );
		$coop_users = array( 'administrator' => $coop_result['user_id'] );
		foreach ( array( 'editor', 'author' ) as $coop_role ) {
			$coop_users[ $coop_role ] = wp_insert_user(
				array(
					'user_login' => $coop_role,
					'user_pass'  => $coop_args['password'],
					'user_email' => $coop_role . '@hopital.test',
					'role'       => $coop_role,
				)
			);
		}
		$coop_credentials = array();
		foreach ( $coop_users as $coop_role => $coop_id ) {
			list( $coop_password ) = WP_Application_Passwords::create_new_application_password( $coop_id, array( 'name' => 'coop-widgets suite' ) );
			$coop_credentials[ $coop_role ] = array(
				'id'       => $coop_id,
				'login'    => get_userdata( $coop_id )->user_login,
				'app'      => $coop_password,
				'unfiltered_html' => user_can( $coop_id, 'unfiltered_html' ),
			);
		}
		coop_answer( array( 'users' => $coop_credentials, 'version' => get_bloginfo( 'version' ), 'locale' => get_locale() ) );
		break;
	case 'options':
		global $wpdb;
		coop_answer( $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", '%' . $wpdb->esc_like( $coop_args['like'] ) . '%' ) ) );
		break;
	case 'uninstall':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		require_once ABSPATH . 'wp-admin/includes/file.php';
		wp_set_current_user( 1 );
		deactivate_plugins( array( $coop_args['plugin'] ) );
		$coop_deleted = delete_plugins( array( $coop_args['plugin'] ) );
		coop_answer( array( 'deleted' => true === $coop_deleted, 'error' => is_wp_error( $coop_deleted ) ? $coop_deleted->get_error_message() : null ) );
		break;
}
fwrite( STDERR, "wp.php: unknown command $coop_command\n" );
exit( 2 );
