/** The operation a node run performs, e.g. `User → Get Groups`, set by the router for error messages. */
const labels = new WeakMap<object, string>();

export function setOperationLabel(context: object, label: string): void {
	labels.set(context, label);
}

/** Puts the node operation in front of an error text (editor lists and triggers have none: the text names the API call). */
export function forOperation(context: object, text: string): string {
	const label = labels.get(context);
	return label ? `${label}: ${text}` : text;
}
