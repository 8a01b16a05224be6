/**
 * Addresses with malformed percent-encoding ("/flow/%", "/flow/%E0%A4%A", "#%E0") cannot be
 * decoded, and SvelteKit's router throws on them, leaving a white page. Repairing them turns each
 * stray "%" into "%25", so the address decodes to the characters that were written and the router
 * shows the app's own "not found" page instead.
 */

/** The text decoded, or undefined when its percent-encoding is malformed. */
export function decodeOrUndefined(text: string): string | undefined {
	try {
		// The result must be used: the bundler takes a bare decodeURIComponent() call to have no
		// effect and drops it, and with it the error it would throw.
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

/** True when `text` decodes as percent-encoded UTF-8. */
export function decodesCleanly(text: string): boolean {
	return decodeOrUndefined(text) !== undefined;
}

/**
 * `text` with every "%" that does not start a valid escape written as "%25"; a run of escapes that
 * is not valid UTF-8 ("%E0%A4") is kept as the literal characters. Text that decodes is unchanged.
 */
export function repairPercentEncoding(text: string): string {
	if (decodesCleanly(text)) return text;
	return text.replace(/(?:%[0-9a-fA-F]{2})+|%/g, (run) => (run !== '%' && decodesCleanly(run) ? run : run.replaceAll('%', '%25')));
}
