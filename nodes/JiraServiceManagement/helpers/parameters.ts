import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Return All / Limit, the n8n way. */
export function returnAllOrLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** The limit to pass to a paginator: undefined when the user asked for everything. */
export function limitOf(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	// An expression may give text ("10") or anything else: take whole numbers only.
	const limit = Number(context.getNodeParameter('limit', itemIndex, 50));
	if (Number.isInteger(limit) && limit >= 1) return limit;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: Limit must be a whole number of 1 or more`, { itemIndex });
}

/**
 * A multi-select parameter: the chosen values. An expression may give a list, one comma-separated text, or
 * nothing (none chosen); anything else is refused for its item.
 */
export function multiOptionsParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string[] {
	const value = context.getNodeParameter(name, itemIndex, []) as unknown;
	if (value === undefined || value === null || value === '') return [];
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
	if (list?.every((entry) => typeof entry === 'string' || typeof entry === 'number')) {
		return list.map((entry) => String(entry).trim()).filter(Boolean);
	}
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label} must be a list of options, such as ["changelog"]`, {
		itemIndex,
	});
}

export const simplifyOption: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a flat summary instead of the full nested response',
};

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/i;
const NUMERIC_ID = /^[1-9][0-9]*$/;

/**
 * A request's (or, with label 'issue', an issue's) key or numeric id, refusing anything that is not
 * one (so no path can be smuggled in).
 */
export function requestKeyParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	name = 'request',
	label: 'request' | 'issue' = 'request',
): string {
	const value = String(context.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	if (ISSUE_KEY.test(value) || NUMERIC_ID.test(value)) return value.toUpperCase();
	const urls = label === 'request' ? '/browse/KEY or portal URL' : '/browse/KEY URL';
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: the ${label} "${value}" is not ${label === 'issue' ? 'an issue' : 'a request'} key or id, for example ITS-42 or 10042`,
		{ itemIndex, description: `Pick ${label === 'issue' ? 'an issue' : 'a request'} from the list, or give its key, its id, or its ${urls}` },
	);
}

/** The largest id Jira takes where its API description says int32 or int64. */
const LARGEST_ID = { 32: BigInt('2147483647'), 64: BigInt('9223372036854775807') };

/**
 * A numeric id parameter (service desk, request type, organization, ...). `bits` follows the id's format in
 * Atlassian's API description, so an id Jira could never hold is refused here, naming the item and field.
 */
export function numericIdParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	bits: 32 | 64 = 64,
): string {
	const raw = context.getNodeParameter(name, itemIndex, '', { extractValue: true });
	const value = String(raw ?? '').trim();
	const problem = !NUMERIC_ID.test(value)
		? 'is not a valid id (a whole number such as 1)'
		: BigInt(value) > LARGEST_ID[bits]
			? `is too large for an id (at most ${LARGEST_ID[bits]})`
			: undefined;
	if (!problem) return value;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: the ${label} "${value}" ${problem}`, {
		itemIndex,
		description: `Pick the ${label} from the list or enter its numeric id`,
	});
}

/** A yes/no parameter, which an expression may also give as the text "true" or "false". */
export function booleanParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string): boolean {
	const raw = context.getNodeParameter(name, itemIndex, false) as unknown;
	if (typeof raw === 'boolean') return raw;
	const text = String(raw).trim().toLowerCase();
	if (text === 'true' || text === 'false') return text === 'true';
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label} must be true or false, not "${String(raw)}"`, { itemIndex });
}

/** One of a dropdown's values, also when an expression gives it. */
export function choiceParameter<T extends string>(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	choices: readonly T[],
): T {
	const value = context.getNodeParameter(name, itemIndex, choices[0]) as unknown;
	if (choices.includes(value as T)) return value as T;
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: ${label} must be ${choices.map((choice) => `"${choice}"`).join(' or ')}, not "${String(value)}"`,
		{ itemIndex },
	);
}

export const serviceDeskLocator: INodeProperties = {
	displayName: 'Service Desk',
	name: 'serviceDesk',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The service desk (project) to use',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchServiceDesks', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '1',
			validation: [{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Not a service desk ID' } }],
		},
		{
			displayName: 'By Portal URL',
			name: 'url',
			type: 'string',
			placeholder: 'https://your-team.atlassian.net/servicedesk/customer/portal/1',
			extractValue: { type: 'regex', regex: '/servicedesk/customer/portal/([0-9]+)' },
			validation: [
				{
					type: 'regex',
					properties: { regex: '.*/servicedesk/customer/portal/[0-9]+.*', errorMessage: 'Not a portal URL' },
				},
			],
		},
	],
};

export const requestTypeLocator: INodeProperties = {
	displayName: 'Request Type',
	name: 'requestType',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The request type, from the chosen service desk',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchRequestTypes', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '10',
			validation: [{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Not a request type ID' } }],
		},
	],
};

export const requestLocator: INodeProperties = {
	displayName: 'Request',
	name: 'request',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The customer request (issue) to use',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchRequests', searchable: true },
		},
		{
			displayName: 'By Key or ID',
			name: 'id',
			type: 'string',
			placeholder: 'ITS-42',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^([A-Za-z][A-Za-z0-9_]*-[0-9]+|[0-9]+)$', errorMessage: 'Not a request key or ID' },
				},
			],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'https://your-team.atlassian.net/browse/ITS-42',
			extractValue: { type: 'regex', regex: '(?:/browse/|/portal/[0-9]+/)([A-Za-z][A-Za-z0-9_]*-[0-9]+)' },
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '.*(/browse/|/portal/[0-9]+/)[A-Za-z][A-Za-z0-9_]*-[0-9]+.*',
						errorMessage: 'Not a /browse/KEY or portal request URL',
					},
				},
			],
		},
	],
};

const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;
/** Data Center usernames may hold dots and @ (portal customers' usernames are often their email addresses). */
const USERNAME = /^[^\s,]{1,255}$/;

/** An Atlassian account ID, from a user locator or a plain field; on Jira Data Center, a username. */
export function accountIdParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	name = 'user',
	deployment: 'cloud' | 'datacenter' = 'cloud',
): string {
	const value = String(context.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	if (deployment === 'datacenter') {
		if (USERNAME.test(value)) return value;
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: the user "${value}" is not a Jira Data Center username`, {
			itemIndex,
			description: 'Jira Data Center names people by username, for example jane.doe',
		});
	}
	if (ACCOUNT_ID.test(value)) return value;
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: the user "${value}" is not an account ID, for example 5b10ac8d82e05b22cc7d4ef5`,
		{ itemIndex, description: 'Pick the user from the list or enter their Atlassian account ID' },
	);
}

export const issueLocator: INodeProperties = {
	displayName: 'Issue',
	name: 'issue',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Jira issue (any issue type, including service requests and incidents)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchIssues', searchable: true },
		},
		{
			displayName: 'By Key or ID',
			name: 'id',
			type: 'string',
			placeholder: 'ITS-42',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^([A-Za-z][A-Za-z0-9_]*-[0-9]+|[0-9]+)$', errorMessage: 'Not an issue key or ID' },
				},
			],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'https://your-team.atlassian.net/browse/ITS-42',
			extractValue: { type: 'regex', regex: '/browse/([A-Za-z][A-Za-z0-9_]*-[0-9]+)' },
			validation: [
				{
					type: 'regex',
					properties: { regex: '.*/browse/[A-Za-z][A-Za-z0-9_]*-[0-9]+.*', errorMessage: 'Not a /browse/KEY URL' },
				},
			],
		},
	],
};

export const userLocator: INodeProperties = {
	displayName: 'User',
	name: 'user',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Atlassian user account (Jira Data Center: the username)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchUsers', searchable: true },
		},
		{
			displayName: 'By Account ID',
			name: 'id',
			type: 'string',
			placeholder: '5b10ac8d82e05b22cc7d4ef5',
			validation: [
				{ type: 'regex', properties: { regex: '^[A-Za-z0-9:_-]{1,128}$', errorMessage: 'Not an account ID' } },
			],
		},
		{
			// Jira Data Center names people by username, which may hold dots and @ (the account ID mode refuses them).
			displayName: 'By Username (Data Center)',
			name: 'username',
			type: 'string',
			placeholder: 'jane.doe',
			validation: [{ type: 'regex', properties: { regex: '^[^\\s,]{1,255}$', errorMessage: 'Not a username' } }],
		},
	],
};

export const groupLocator: INodeProperties = {
	displayName: 'Group',
	name: 'group',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Jira user group',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchGroups', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '3571b9a7-348f-414a-9087-8e1ea03a7df8',
		},
		{
			displayName: 'By Name',
			name: 'name',
			type: 'string',
			placeholder: 'jira-servicemanagement-users',
		},
	],
};

export const accountIdsProperty: INodeProperties = {
	displayName: 'Account IDs',
	name: 'accountIds',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae',
	description: 'Atlassian account IDs of the customers, separated by commas (Jira Data Center: usernames)',
};

/**
 * Several Atlassian account IDs, from a comma-separated text or a list given by an expression; on Jira Data Center,
 * whose JSM API takes usernames instead, usernames.
 */
export function accountIdsParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	name = 'accountIds',
	deployment: 'cloud' | 'datacenter' = 'cloud',
): string[] {
	const raw = context.getNodeParameter(name, itemIndex, '') as unknown;
	const values = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/[\s,]+/);
	const ids = values.map((value) => value.trim()).filter(Boolean);
	if (deployment === 'datacenter') {
		const badName = ids.find((id) => !USERNAME.test(id));
		if (ids.length && badName === undefined) return [...new Set(ids)];
		throw new NodeOperationError(
			context.getNode(),
			badName === undefined
				? `Item ${itemIndex}: Account IDs is empty; give at least one username (Jira Data Center takes usernames here)`
				: `Item ${itemIndex}: "${badName}" in Account IDs is not a Jira Data Center username`,
			{ itemIndex, description: 'Separate several usernames with commas' },
		);
	}
	const bad = ids.find((id) => !ACCOUNT_ID.test(id));
	if (ids.length && bad === undefined) return [...new Set(ids)];
	throw new NodeOperationError(
		context.getNode(),
		bad === undefined
			? `Item ${itemIndex}: Account IDs is empty; give at least one account ID`
			: `Item ${itemIndex}: "${bad}" in Account IDs is not an account ID, for example 5b10ac8d82e05b22cc7d4ef5`,
		{ itemIndex, description: 'Separate several account IDs with commas' },
	);
}

export const organizationLocator: INodeProperties = {
	displayName: 'Organization',
	name: 'organization',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The customer organization (a group of customers)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchOrganizations', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '1',
			validation: [{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Not an organization ID' } }],
		},
	],
};

export const queueLocator: INodeProperties = {
	displayName: 'Queue',
	name: 'queue',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The agent queue, from the chosen service desk',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchQueues', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '1',
			validation: [{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Not a queue ID' } }],
		},
	],
};
