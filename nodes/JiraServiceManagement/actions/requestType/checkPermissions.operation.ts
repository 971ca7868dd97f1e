import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	accountIdParameter,
	numericIdParameter,
	optionsCollection,
	serviceDeskLocator,
} from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Check Permissions',
	value: 'checkPermissions',
	description: 'Find which request types of a service desk a user may raise requests with or administer',
	action: 'Check request type permissions',
};

export const kind: OperationKind = 'Execute';

export const api = ['POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/permissions/check'];

/** Atlassian checks at most this many request types per call. */
const MAX_REQUEST_TYPES = 50;

const properties: INodeProperties[] = [
	serviceDeskLocator,
	optionsCollection([
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			description:
				'Whose permissions to check (an Atlassian account ID); default is the connected account. Checking someone else needs Administer Jira or project admin.',
		},
		{
			displayName: 'Permissions',
			name: 'permissions',
			type: 'multiOptions',
			options: [
				{ name: 'Can Administer', value: 'canAdminister' },
				{ name: 'Can Create Request', value: 'canCreateRequest' },
			],
			default: [],
			description: 'Which permissions to check; default is both',
		},
		{
			displayName: 'Request Type IDs',
			name: 'requestTypeIds',
			type: 'string',
			default: '',
			placeholder: '1, 2, 5',
			description: 'Only these request types (up to 50 IDs, separated by commas); default is every request type of the service desk. Unknown IDs are ignored.',
		},
	]),
];

export const description = showFor('requestType', 'checkPermissions')(properties);

function requestTypeIdsOf(context: IExecuteFunctions, itemIndex: number, raw: unknown): number[] {
	const ids = String(raw ?? '')
		.split(/[\s,]+/)
		.filter(Boolean);
	const bad = ids.find((id) => !/^[1-9][0-9]*$/.test(id));
	if (bad !== undefined || ids.length > MAX_REQUEST_TYPES) {
		throw new NodeOperationError(
			context.getNode(),
			bad !== undefined
				? `Item ${itemIndex}: "${bad}" in Request Type IDs is not a request type ID (a whole number such as 1)`
				: `Item ${itemIndex}: Request Type IDs holds ${ids.length} IDs; Jira checks at most ${MAX_REQUEST_TYPES} at a time`,
			{ itemIndex },
		);
	}
	return ids.map(Number);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serviceDeskId = numericIdParameter(this, itemIndex, 'serviceDesk', 'service desk');
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	if (options.accountId) body.accountId = accountIdParameter(this, itemIndex, 'options.accountId', await deploymentOf(this));
	if (Array.isArray(options.permissions) && options.permissions.length) body.permissions = options.permissions;
	const requestTypeIds = requestTypeIdsOf(this, itemIndex, options.requestTypeIds);
	if (requestTypeIds.length) body.requestTypeIds = requestTypeIds;
	const result = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype/permissions/check`,
		// Serialised here because n8n drops an empty object, and Jira requires a body even when it is {}.
		body: JSON.stringify(body),
		headers: { 'Content-Type': 'application/json' },
		experimental: true,
		itemIndex,
		// A read despite the POST: asking again is harmless.
		idempotent: true,
	})) as IDataObject;
	return this.helpers.returnJsonArray({ serviceDeskId, ...(body.accountId ? { accountId: body.accountId } : {}), ...result });
}
