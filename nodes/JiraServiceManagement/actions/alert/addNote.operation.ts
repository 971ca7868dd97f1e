import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { alertLocator, limitedText } from '../../helpers/operations';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';
import { alertPath } from './alertId';

export const option: OperationOption = {
	name: 'Add Note',
	value: 'addNote',
	description: 'Add a note to a JSM Operations alert by its ID',
	action: 'Add a note to an alert',
};

export const kind: OperationKind = 'Create';

export const api = ['POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/notes'];

const properties: INodeProperties[] = [
	alertLocator,
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: 'Text of the note, at most 25,000 characters',
	},
];

export const description = showFor('alert', 'addNote')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const path = `${alertPath(this, itemIndex)}/notes`;
	const note = limitedText(this, itemIndex, 'note', 'Note', 25000, true);
	// Unlike the alert actions, adding a note is answered at once with the note.
	const added = (await jsmApiRequest.call(this, { api: 'operations', method: 'POST', path, body: { note }, itemIndex, subject: 'an alert note' })) as IDataObject;
	return this.helpers.returnJsonArray(added);
}
