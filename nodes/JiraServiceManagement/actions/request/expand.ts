import type { INodeProperties } from 'n8n-workflow';

/** What `expand` can add to a request, per Atlassian's getCustomerRequests documentation. */
export const requestExpandOption: INodeProperties = {
	displayName: 'Include',
	name: 'expand',
	type: 'multiOptions',
	default: [],
	description: 'Extra details to include with each request (ignored when Simplify is on)',
	options: [
		{ name: 'Actions', value: 'action' },
		{ name: 'Attachments', value: 'attachment' },
		{ name: 'Comments', value: 'comment' },
		{ name: 'Participants', value: 'participant' },
		{ name: 'Request Type', value: 'requestType' },
		{ name: 'Service Desk', value: 'serviceDesk' },
		{ name: 'SLAs', value: 'sla' },
		{ name: 'Status History', value: 'status' },
	],
};
