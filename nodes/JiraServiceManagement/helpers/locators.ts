import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { ACCOUNT_ID, ISSUE_KEY, NUMERIC_ID, OBJECT_KEY, USERNAME } from './patterns';

/** The editor's check that a typed-in value is wholly one of the patterns (the readers check the same ones). */
function matches(patterns: string[], errorMessage: string): INodePropertyMode['validation'] {
	return [{ type: 'regex', properties: { regex: `^(${patterns.join('|')})$`, errorMessage } }];
}

/** A link the id or key is taken from, e.g. `/browse/ITS-42`: the `key` after `prefix`. */
function fromUrl(prefix: string, key: string, errorMessage: string): Pick<INodePropertyMode, 'extractValue' | 'validation'> {
	return {
		extractValue: { type: 'regex', regex: `${prefix}(${key})` },
		validation: [{ type: 'regex', properties: { regex: `.*${prefix}${key}.*`, errorMessage } }],
	};
}

export interface LocatorSpec {
	name: string;
	displayName: string;
	description: string;
	searchListMethod: string;
	/** The typed-in modes, after the searchable list every locator of the node offers first. */
	modes: INodePropertyMode[];
}

/** The one shape every resource locator of the node shares. */
export function resourceLocator({ name, displayName, description, searchListMethod, modes }: LocatorSpec): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: true } },
			...modes,
		],
	};
}

/**
 * A locator typed in by the entity's numeric id ("Not a queue ID"), an issue's (or request's) by key or id ("Not an
 * issue key or ID"), then by the other `modes` given (a link).
 */
function typedInLocator(
	spec: Omit<LocatorSpec, 'modes'>,
	placeholder: string,
	entity: string,
	{ issueKey = false, modes = [] }: { issueKey?: boolean; modes?: INodePropertyMode[] } = {},
): INodeProperties {
	const errorMessage = `Not ${/^[aeiou]/i.test(entity) ? 'an' : 'a'} ${entity} ${issueKey ? 'key or ID' : 'ID'}`;
	return resourceLocator({
		...spec,
		modes: [
			{
				displayName: issueKey ? 'By Key or ID' : 'By ID',
				name: 'id',
				type: 'string',
				placeholder,
				validation: matches(issueKey ? [ISSUE_KEY, NUMERIC_ID] : [NUMERIC_ID], errorMessage),
			},
			...modes,
		],
	});
}

export const serviceDeskLocator = typedInLocator(
	{ name: 'serviceDesk', displayName: 'Service Desk', description: 'The service desk (project) to use', searchListMethod: 'searchServiceDesks' },
	'1',
	'service desk',
	{
		modes: [
			{
				displayName: 'By Portal URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://your-team.atlassian.net/servicedesk/customer/portal/1',
				...fromUrl('/servicedesk/customer/portal/', NUMERIC_ID, 'Not a portal URL'),
			},
		],
	},
);

export const requestTypeLocator = typedInLocator(
	{
		name: 'requestType',
		displayName: 'Request Type',
		description: 'The request type, from the chosen service desk',
		searchListMethod: 'searchRequestTypes',
	},
	'10',
	'request type',
);

/**
 * An issue's (or request's) locator: by key or id, or by a link to it, the key read after `linkPrefix` (`/browse/`;
 * a request also from its portal page).
 */
function issueKeyLocator(spec: Omit<LocatorSpec, 'modes'>, linkPrefix: string, linkError: string): INodeProperties {
	return typedInLocator(spec, 'ITS-42', spec.name, {
		issueKey: true,
		modes: [
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://your-team.atlassian.net/browse/ITS-42',
				...fromUrl(linkPrefix, ISSUE_KEY, linkError),
			},
		],
	});
}

export const requestLocator = issueKeyLocator(
	{ name: 'request', displayName: 'Request', description: 'The customer request (issue) to use', searchListMethod: 'searchRequests' },
	'(?:/browse/|/portal/[0-9]+/)',
	'Not a /browse/KEY or portal request URL',
);

export const issueLocator = issueKeyLocator(
	{
		name: 'issue',
		displayName: 'Issue',
		description: 'The Jira issue (any issue type, including service requests and incidents)',
		searchListMethod: 'searchIssues',
	},
	'/browse/',
	'Not a /browse/KEY URL',
);

export const userLocator = resourceLocator({
	name: 'user',
	displayName: 'User',
	description: 'The Atlassian user account (Jira Data Center: the username)',
	searchListMethod: 'searchUsers',
	modes: [
		{
			displayName: 'By Account ID',
			name: 'id',
			type: 'string',
			placeholder: '5b10ac8d82e05b22cc7d4ef5',
			validation: matches([ACCOUNT_ID], 'Not an account ID'),
		},
		{
			// Jira Data Center names people by username, which may hold dots and @ (the account ID mode refuses them).
			displayName: 'By Username (Data Center)',
			name: 'username',
			type: 'string',
			placeholder: 'jane.doe',
			validation: matches([USERNAME], 'Not a username'),
		},
	],
});

export const groupLocator = resourceLocator({
	name: 'group',
	displayName: 'Group',
	description: 'The Jira user group',
	searchListMethod: 'searchGroups',
	modes: [
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '3571b9a7-348f-414a-9087-8e1ea03a7df8' },
		{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'jira-servicemanagement-users' },
	],
});

export const organizationLocator = typedInLocator(
	{
		name: 'organization',
		displayName: 'Organization',
		description: 'The customer organization (a group of customers)',
		searchListMethod: 'searchOrganizations',
	},
	'1',
	'organization',
);

export const queueLocator = typedInLocator(
	{ name: 'queue', displayName: 'Queue', description: 'The agent queue, from the chosen service desk', searchListMethod: 'searchQueues' },
	'1',
	'queue',
);

export const objectSchemaLocator = typedInLocator(
	{
		name: 'objectSchema',
		displayName: 'Object Schema',
		description: 'The Assets object schema (a catalogue of object types, such as "IT Assets")',
		searchListMethod: 'searchAssetsObjectSchemas',
	},
	'6',
	'object schema',
);

export const objectTypeLocator = typedInLocator(
	{
		name: 'objectType',
		displayName: 'Object Type',
		description: 'The Assets object type (such as "Laptop"), from the chosen object schema',
		searchListMethod: 'searchAssetsObjectTypes',
	},
	'23',
	'object type',
);

export const objectLocator = resourceLocator({
	name: 'object',
	displayName: 'Object',
	description: 'The Assets object, such as a laptop or a location',
	searchListMethod: 'searchAssetsObjects',
	modes: [
		{
			displayName: 'By Key',
			name: 'key',
			type: 'string',
			placeholder: 'ITAM-88',
			validation: matches([OBJECT_KEY], 'Not an object key such as ITAM-88'),
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '88', validation: matches([NUMERIC_ID], 'Not an object ID') },
	],
});
