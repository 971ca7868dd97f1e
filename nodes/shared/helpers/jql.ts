/** A JQL string literal: quoted, with quotes and backslashes escaped, so a value cannot change the query. */
export function jqlString(value: string): string {
	return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}
