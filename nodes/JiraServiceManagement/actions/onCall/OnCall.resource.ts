import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as get from './get.operation';

export const operations: Record<string, OperationModule> = { get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['onCall'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Who is on call now (or at a given time) for a JSM Operations schedule, by schedule ID',
				action: 'Get who is on call',
			},
		],
		default: 'get',
	},
	...get.description,
];
