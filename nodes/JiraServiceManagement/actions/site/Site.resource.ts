import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as checkMyPermissions from './checkMyPermissions.operation';
import * as customApiCall from './customApiCall.operation';
import * as getInfo from './getInfo.operation';
import * as refreshAppWebhooks from './refreshAppWebhooks.operation';

export const operations: Record<string, OperationModule> = { checkMyPermissions, customApiCall, getInfo, refreshAppWebhooks };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['site'] } },
		options: [
			{
				name: 'Check My Permissions',
				value: 'checkMyPermissions',
				description: 'Check whether the connected account holds permissions such as Administer Jira or Browse Projects',
				action: 'Check my permissions',
			},
			{
				name: 'Custom API Call',
				value: 'customApiCall',
				description:
					'Call any Jira or Jira Service Management REST endpoint of the site with this credential, for what the other operations do not cover',
				action: 'Make a custom API call',
			},
			{
				name: 'Get Info',
				value: 'getInfo',
				description: 'Get the Jira Service Management version and licence state of the site',
				action: 'Get site info',
			},
			{
				name: 'Refresh App Webhooks',
				value: 'refreshAppWebhooks',
				description:
					'Extend the 30-day life of every dynamic webhook of the OAuth2 app (the OAuth2 trigger\'s), so a quiet service desk does not lose its trigger',
				action: 'Refresh app webhooks',
			},
		],
		default: 'getInfo',
	},
	...checkMyPermissions.description,
	...customApiCall.description,
	...getInfo.description,
	...refreshAppWebhooks.description,
];
