import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withWorkspaceLookup, OBJECT_KEY } from '../../helpers/assetsParameters';
import { assetsApiRequest } from '../../../shared/transport';

const NUMERIC_ID = /^[1-9][0-9]{0,18}$/;

/**
 * The API operations of an operation on one chosen object: the workspace lookup, its own `calls`, and the AQL
 * search objectIdParameter makes when the object is given by key.
 */
export const withObjectLookup = (...calls: string[]) => withWorkspaceLookup(...calls, 'POST /jsm/assets/workspace/{workspaceId}/v1/object/aql');

/** Text inside a double-quoted AQL value: backslashes and quotes escaped. */
export const aqlQuoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The id of the object the user chose, by ID, or by key (one AQL lookup: the Assets API reads objects
 * by id only). Anything else is refused before a request is made.
 */
export async function objectIdParameter(this: IExecuteFunctions, itemIndex: number, name = 'object'): Promise<string> {
	const value = String(this.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	if (NUMERIC_ID.test(value)) return value;
	if (!OBJECT_KEY.test(value)) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: the object "${value}" is not an object key or ID, for example ITAM-88 or 88`, {
			itemIndex,
			description: 'Pick the object from the list, or give its key or its numeric ID',
		});
	}
	const key = value.toUpperCase();
	const page = (await assetsApiRequest.call(this, {
		method: 'POST',
		path: '/object/aql',
		qs: { startAt: 0, maxResults: 1, includeAttributes: false },
		body: { qlQuery: `Key = ${aqlQuoted(key)}` },
		itemIndex,
		idempotent: true,
	})) as IDataObject | undefined;
	const found = (Array.isArray(page?.values) ? page.values : []) as IDataObject[];
	const match = found.find((object) => String(object.objectKey).toUpperCase() === key);
	if (!match || !NUMERIC_ID.test(String(match.id))) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: no Assets object has the key ${key}`, {
			itemIndex,
			description: 'Check the key, and that the account may see the object schema it belongs to',
		});
	}
	return String(match.id);
}
