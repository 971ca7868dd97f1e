import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as patterns from '../../helpers/patterns';
import { whole } from '../../helpers/patterns';
import type { Deployment } from '../../../shared/transport';

export const accountIdsParameter: INodeProperties = {
	displayName: 'Account IDs',
	name: 'accountIds',
	type: 'string',
	default: '',
	required: true,
	placeholder: '5b10ac8d82e05b22cc7d4ef5, 5b10a2844c20165700ede21g',
	description:
		'Atlassian account IDs of the people, comma-separated or as a list from an expression (Jira Cloud does not accept usernames or email addresses here; Jira Data Center takes usernames)',
};

const ACCOUNT_ID = whole(patterns.ACCOUNT_ID);
const USERNAME = whole(patterns.USERNAME);

/**
 * The people of an item, from a comma-separated text or a list: Cloud account IDs (refusing emails and blanks), or
 * on Data Center usernames, which its JSM API takes instead.
 */
export function accountIdsOf(context: IExecuteFunctions, itemIndex: number, deployment: Deployment = 'cloud'): string[] {
	const raw = context.getNodeParameter('accountIds', itemIndex, '') as unknown;
	const ids = (Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(','))
		.map((id) => id.trim())
		.filter(Boolean);
	const fail = (message: string): never => {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${message}`, { itemIndex });
	};
	if (deployment === 'datacenter') {
		if (!ids.length) fail('Account IDs is empty: give at least one username (Jira Data Center takes usernames here)');
		const bad = ids.find((id) => !USERNAME.test(id));
		if (bad !== undefined) fail(`Account IDs: "${bad}" is not a Jira Data Center username`);
		return [...new Set(ids)];
	}
	if (!ids.length) fail('Account IDs is empty: give at least one Atlassian account ID');
	for (const id of ids) {
		if (id.includes('@')) fail(`Account IDs: "${id}" is an email address; Jira Cloud needs the person's account ID`);
		if (!ACCOUNT_ID.test(id)) fail(`Account IDs: "${id}" is not an Atlassian account ID`);
	}
	return [...new Set(ids)];
}
