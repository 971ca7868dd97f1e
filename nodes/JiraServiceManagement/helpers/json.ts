import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * A `json` parameter's value: parsed when typed as text, as is when an expression produced a value,
 * undefined when left empty. Errors name the item and the field.
 */
export function jsonParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string): unknown {
	const raw = context.getNodeParameter(name, itemIndex, '') as unknown;
	if (typeof raw !== 'string') return raw ?? undefined;
	if (!raw.trim()) return undefined;
	try {
		return JSON.parse(raw) as unknown;
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label} is not valid JSON: ${(error as Error).message}`, {
			itemIndex,
		});
	}
}

/** A `json` parameter that must hold an object (empty means {}); `example` shows the expected shape. */
export function jsonObjectParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	example: string,
): IDataObject {
	const value = jsonParameter(context, itemIndex, name, label);
	if (value === undefined) return {};
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label} must be a JSON object, such as ${example}`, {
		itemIndex,
	});
}
