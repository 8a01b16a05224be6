/**
 * The i18n key of the message for an import error, a record's issue or a skipped file, in the
 * `directory-import` namespace: show it with `t(\`directory-import:${importMessageKey(code)}\`, params)`. Apart
 * from import.ts so that a page can word an import's outcome without loading the importer.
 */
export function importMessageKey(code: string): string {
	return `import.messages.${code}`;
}
