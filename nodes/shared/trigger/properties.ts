import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

// The fields both triggers offer, under the same names, so their service desk and request type dropdowns
// (shared/trigger/loadOptions) and the readers (shared/trigger/filters `triggerFiltersOf`, `includeRawOf`) serve both.

/** The Events multi-select; each trigger offers its own events and says how it finds them. */
export const eventsProperty = (options: INodePropertyOptions[], description: string): INodeProperties => ({
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	options,
	required: true,
	default: [],
	description,
});

const serviceDesksProperty: INodeProperties = {
	displayName: 'Service Desk Names or IDs',
	name: 'serviceDesks',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getServiceDeskProjects' },
	default: [],
	description:
		'Only events of requests in these service desks (none means all; the IDs are project keys such as ITS). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const requestTypesProperty: INodeProperties = {
	displayName: 'Request Type Names or IDs',
	name: 'requestTypes',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getRequestTypes' },
	default: [],
	description:
		'Only events of requests of these types (none means all). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The service desk and request type filters, together: the request type list offers the chosen service desks' types. */
export const requestFilterProperties: INodeProperties[] = [serviceDesksProperty, requestTypesProperty];

/** An option of the triggers' Options collection. */
export const commentVisibilityOption: INodeProperties = {
	displayName: 'Comment Visibility',
	name: 'commentVisibility',
	type: 'options',
	options: [
		{ name: 'All Comments', value: 'all' },
		{ name: 'Public Replies Only', value: 'public' },
		{ name: 'Internal Notes Only', value: 'internal' },
	],
	default: 'all',
	description: 'Which comments start the workflow, for comment events',
};

/** An option of the triggers' Options collection; each trigger applies the JQL its own way and says how. */
export const customJqlOption = (placeholder: string, description: string): INodeProperties => ({
	displayName: 'Custom JQL',
	name: 'jql',
	type: 'string',
	default: '',
	placeholder,
	description,
});

export const INCLUDE_RAW_LABEL = 'Include Raw Payload';

/** An option of the triggers' Options collection; each trigger words what "raw" holds. */
export const includeRawOption = (description: string): INodeProperties => ({
	displayName: INCLUDE_RAW_LABEL,
	name: 'includeRaw',
	type: 'boolean',
	default: false,
	description,
});
