import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as ping from './ping.operation';

export const operations: Record<string, OperationModule> = { ping };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['heartbeat'] } },
		options: [
			{
				name: 'Ping',
				value: 'ping',
				description: 'Tell JSM Operations a monitored job is alive, by team and heartbeat name; a heartbeat not pinged in time raises an alert',
				action: 'Ping a heartbeat',
			},
		],
		default: 'ping',
	},
	...ping.description,
];
