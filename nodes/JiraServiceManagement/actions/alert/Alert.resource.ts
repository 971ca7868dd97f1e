import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as acknowledge from './acknowledge.operation';
import * as addNote from './addNote.operation';
import * as assign from './assign.operation';
import * as close from './close.operation';
import * as create from './create.operation';
import * as escalate from './escalate.operation';
import * as get from './get.operation';
import * as query from './query.operation';

export const operations: Record<string, OperationModule> = { acknowledge, addNote, assign, close, create, escalate, get, query };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['alert'] } },
		options: [
			{
				name: 'Acknowledge',
				value: 'acknowledge',
				description: 'Acknowledge a JSM Operations alert by its ID, so responders know someone is on it',
				action: 'Acknowledge an alert',
			},
			{
				name: 'Add Note',
				value: 'addNote',
				description: 'Add a note to a JSM Operations alert by its ID',
				action: 'Add a note to an alert',
			},
			{
				name: 'Assign',
				value: 'assign',
				description: 'Make a user (by Atlassian account ID) the owner of a JSM Operations alert',
				action: 'Assign an alert',
			},
			{
				name: 'Close',
				value: 'close',
				description: 'Close a JSM Operations alert by its ID once the problem is solved',
				action: 'Close an alert',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Raise a JSM Operations alert (message, priority, responders, alias for de-duplication) and return it',
				action: 'Create an alert',
			},
			{
				name: 'Escalate',
				value: 'escalate',
				description: 'Hand a JSM Operations alert to an escalation policy by the escalation ID',
				action: 'Escalate an alert',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one JSM Operations alert by its ID',
				action: 'Get an alert',
			},
			{
				name: 'Query',
				value: 'query',
				description: 'List JSM Operations alerts, filtered with its search language (e.g. status: open AND priority: P1)',
				action: 'Query alerts',
			},
		],
		default: 'query',
	},
	...acknowledge.description,
	...addNote.description,
	...assign.description,
	...close.description,
	...create.description,
	...escalate.description,
	...get.description,
	...query.description,
];
