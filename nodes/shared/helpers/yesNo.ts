/**
 * A yes/no value as n8n hands it over: a boolean from the toggle, or the text "true" / "false" an expression gives.
 * Anything else (an expression yielding "maybe") is undefined, for the caller to refuse naming its field.
 */
export function yesNo(raw: unknown): boolean | undefined {
	if (typeof raw === 'boolean') return raw;
	const text = String(raw).trim().toLowerCase();
	return text === 'true' || text === 'false' ? text === 'true' : undefined;
}
