/** Performance → Timeout of a node run (ms), set by the router; without it n8n's own request default applies. */
const timeouts = new WeakMap<object, number>();

export function setRequestTimeout(context: object, ms: number | undefined): void {
	if (ms && ms > 0) timeouts.set(context, ms);
	else timeouts.delete(context);
}

export function requestTimeoutOf(context: object): number | undefined {
	return timeouts.get(context);
}
