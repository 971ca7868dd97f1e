import type { IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** The query parameter that names the group: `groupId` (list or ID mode) or `groupname` (name mode). */
export type GroupRef = { groupId: string } | { groupname: string };

export function groupRefParameter(context: IExecuteFunctions, itemIndex: number): GroupRef {
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
	return mode === 'name' ? { groupname: value } : { groupId: value };
}
