<?php
/**
 * A hospital's own data in the Media Library: `.json` and `.csv` files may be uploaded by
 * anyone who can upload files, and the block offers them as its data file (`src`).
 *
 * @package coop-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds JSON and CSV to the file types a user who can upload may upload.
 *
 * @param array            $mimes extension regex => MIME type.
 * @param int|WP_User|null $user  The user, or null for the current one.
 * @return array
 */
function coop_widgets_upload_mimes( $mimes, $user = null ) {
	$can = $user ? user_can( $user, 'upload_files' ) : current_user_can( 'upload_files' );
	if ( $can ) {
		$mimes['json'] = 'application/json';
		$mimes['csv']  = 'text/csv';
	}
	return $mimes;
}
add_filter( 'upload_mimes', 'coop_widgets_upload_mimes', 10, 2 );

/**
 * A JSON file's content is often recognised as plain text: accept it as JSON when its
 * extension says so (and the type is allowed for this user).
 *
 * @param array       $data     ext, type, proper_filename as WordPress found them.
 * @param string      $file     Path of the uploaded file.
 * @param string      $filename Its name.
 * @param array|null  $mimes    The allowed types.
 * @param string|bool $real     The type the content was recognised as.
 * @return array
 */
function coop_widgets_check_filetype( $data, $file, $filename, $mimes, $real = false ) {
	if ( ! empty( $data['ext'] ) || ! preg_match( '/\.json$/i', (string) $filename ) ) {
		return $data;
	}
	$allowed = is_array( $mimes ) ? $mimes : get_allowed_mime_types();
	if ( isset( $allowed['json'] ) && in_array( $real, array( 'application/json', 'text/plain', 'text/json' ), true ) ) {
		$data['ext']  = 'json';
		$data['type'] = 'application/json';
	}
	return $data;
}
add_filter( 'wp_check_filetype_and_ext', 'coop_widgets_check_filetype', 10, 5 );
