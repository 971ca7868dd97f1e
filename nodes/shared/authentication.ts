import type { INodeProperties } from 'n8n-workflow';

/**
 * The Authentication dropdown of every node. Its values are the ones each node's `credentials` entries show on
 * (`displayOptions: { show: { authentication: [...] } }`); those entries stay written out in the node files, where
 * n8n's lint rule credential-test-required reads them. A node adds its own description by spreading this.
 */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'API Token', value: 'apiToken' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'apiToken',
};
