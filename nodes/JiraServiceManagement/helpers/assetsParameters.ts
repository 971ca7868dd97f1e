import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as patterns from './patterns';
import { whole } from './patterns';

// Operation files take the Assets locators from here, beside the readers of the values they give.
export { objectLocator, objectSchemaLocator, objectTypeLocator } from './locators';

/** An Assets id: a whole number of at most 19 digits. */
const NUMERIC_ID = /^[1-9][0-9]{0,18}$/;
export const OBJECT_KEY = whole(patterns.OBJECT_KEY);

/** An Assets id (object, object type, schema): digits only, so nothing can be smuggled into the path. */
export function assetsIdParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const value = String(context.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	if (NUMERIC_ID.test(value)) return value;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: the ${label} "${value}" is not a valid ID (a whole number such as 23)`, {
		itemIndex,
		description: `Pick the ${label} from the list or enter its numeric ID`,
	});
}

/** The id picked in another locator of the node, or '' while none is (n8n throws for a parameter not shown). */
export function chosenAssetsId(context: ILoadOptionsFunctions, name: string): string {
	let value: unknown;
	try {
		value = context.getCurrentNodeParameter(name, { extractValue: true });
	} catch {
		return '';
	}
	return NUMERIC_ID.test(String(value ?? '')) ? String(value) : '';
}

/**
 * An Assets operation's API operations: the workspace lookup every Assets operation makes first (the site's workspace
 * ID, once per credential and site), then its own `calls`.
 */
export const withWorkspaceLookup = (...calls: string[]) => ['GET /rest/servicedeskapi/assets/workspace', ...calls];
