import type { IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Deployment } from '../../../shared/transport';

/**
 * The query parameter that names the group: `groupId` (list or ID mode) or `groupname` (name mode). On Jira Data
 * Center, whose groups have no ID, the list gives names (its group picker answers only `name`, GroupSuggestionBean in
 * the DC 10.3 file), so a group picked from it is sent as `groupname`.
 */
export type GroupRef = { groupId: string } | { groupname: string };

export function groupRefParameter(context: IExecuteFunctions, itemIndex: number, deployment: Deployment): GroupRef {
	const locator = context.getNodeParameter('group', itemIndex) as INodeParameterResourceLocator | string;
	const isLocator = typeof locator === 'object' && locator !== null;
	const mode = isLocator ? locator.mode : 'id';
	const value = String((isLocator ? locator.value : locator) ?? '').trim();
	const hasControlCharacter = [...value].some((character) => character.charCodeAt(0) < 32);
	if (!value || value.length > 255 || hasControlCharacter) {
		throw new NodeOperationError(
			context.getNode(),
			`Item ${itemIndex}: the group "${value}" is not a group ${mode === 'name' ? 'name' : 'ID'}`,
			{ itemIndex, description: 'Pick the group from the list, or enter its ID or its exact name' },
		);
	}
	return mode === 'name' || (mode === 'list' && deployment === 'datacenter') ? { groupname: value } : { groupId: value };
}
