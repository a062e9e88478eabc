<?php
/**
 * Router of PHP's built-in server for the WordPress suite (`php -S 127.0.0.1:PORT -t SITE
 * router.php`): static files as they are, with the types modules and data need; PHP files
 * run; everything else goes to WordPress's index.php, as Apache's rewrite rules would.
 */
$coop_router_path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$coop_router_file = realpath( $_SERVER['DOCUMENT_ROOT'] . $coop_router_path );
if ( $coop_router_file && is_dir( $coop_router_file ) && is_file( $coop_router_file . '/index.php' ) ) {
	$coop_router_file .= '/index.php';
}
if ( $coop_router_file && is_file( $coop_router_file ) && '.php' !== substr( $coop_router_file, -4 ) ) {
	$coop_router_types = array( 'js' => 'text/javascript', 'json' => 'application/json', 'css' => 'text/css', 'csv' => 'text/csv', 'html' => 'text/html; charset=utf-8', 'svg' => 'image/svg+xml', 'woff2' => 'font/woff2' );
	$coop_router_ext   = strtolower( pathinfo( $coop_router_file, PATHINFO_EXTENSION ) );
	if ( isset( $coop_router_types[ $coop_router_ext ] ) ) {
		header( 'Content-Type: ' . $coop_router_types[ $coop_router_ext ] );
		header( 'Content-Length: ' . filesize( $coop_router_file ) );
		readfile( $coop_router_file );
		return true;
	}
	return false;
}
if ( $coop_router_file && is_file( $coop_router_file ) ) {
	$_SERVER['SCRIPT_NAME']     = substr( $coop_router_file, strlen( rtrim( $_SERVER['DOCUMENT_ROOT'], '/' ) ) );
	$_SERVER['SCRIPT_FILENAME'] = $coop_router_file;
	$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
	chdir( dirname( $coop_router_file ) );
	require $coop_router_file;
	return true;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
chdir( $_SERVER['DOCUMENT_ROOT'] );
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
