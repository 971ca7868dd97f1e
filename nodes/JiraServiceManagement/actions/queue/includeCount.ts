import type { INodeProperties } from 'n8n-workflow';

export const includeCountProperty: INodeProperties = {
	displayName: 'Include Issue Count',
	name: 'includeCount',
	type: 'boolean',
	default: false,
	description: 'Whether to add the number of requests currently in each queue (issueCount)',
};
