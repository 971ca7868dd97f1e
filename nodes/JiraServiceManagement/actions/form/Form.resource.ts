import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import * as attach from './attach.operation';
import * as changeVisibility from './changeVisibility.operation';
import * as getAnswers from './getAnswers.operation';
import * as getMany from './getMany.operation';
import * as reopen from './reopen.operation';
import * as saveAnswers from './saveAnswers.operation';
import * as submit from './submit.operation';

export const operations: Record<string, OperationModule> = { attach, changeVisibility, getAnswers, getMany, reopen, saveAnswers, submit };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['form'] } },
		options: [
			{
				name: 'Attach',
				value: 'attach',
				description: "Attach a form template of the request's project to a request; returns the new form with its own form ID",
				action: 'Attach a form to a request',
			},
			{
				name: 'Change Visibility',
				value: 'changeVisibility',
				description: 'Make a form on a request external (customers see it on the portal) or internal (agents only)',
				action: 'Change the visibility of a form',
			},
			{
				name: 'Get Answers',
				value: 'getAnswers',
				description: 'Get the answers of one form on a request, as question label → answer (Simplify) or the whole form',
				action: 'Get the answers of a form',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List the forms attached to a request (request key) with their form IDs, names and whether submitted',
				action: 'Get many forms of a request',
			},
			{
				name: 'Reopen',
				value: 'reopen',
				description: 'Reopen a submitted form on a request so its answers can change',
				action: 'Reopen a form',
			},
			{
				name: 'Save Answers',
				value: 'saveAnswers',
				description: 'Save answers (by question ID) to an open form on a request, optionally submitting it',
				action: 'Save the answers of a form',
			},
			{
				name: 'Submit',
				value: 'submit',
				description: 'Submit a form on a request (its required questions must be answered)',
				action: 'Submit a form',
			},
		],
		default: 'getMany',
	},
	...attach.description,
	...changeVisibility.description,
	...getAnswers.description,
	...getMany.description,
	...reopen.description,
	...saveAnswers.description,
	...submit.description,
];
