import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { opsIdParameter, scheduleLocator } from '../../helpers/operations';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { booleanParameter, optionsCollection } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Who is on call now (or at a given time) for a JSM Operations schedule, by schedule ID',
	action: 'Get who is on call',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /jsm/ops/api/{cloudId}/v1/schedules/{scheduleId}/on-calls'];

const properties: INodeProperties[] = [
	scheduleLocator,
	{
		displayName: 'Only User IDs',
		name: 'flat',
		type: 'boolean',
		default: false,
		description: 'Whether to return only the account IDs of the users on call, instead of every participant (users, teams, escalations) with its type',
	},
	optionsCollection([
		{
			displayName: 'At Date',
			name: 'date',
			type: 'dateTime',
			default: '',
			description: 'Who is on call at this moment instead of now',
		},
	]),
];

export const description = showFor('onCall', 'get')(properties);

function dateOf(context: IExecuteFunctions, itemIndex: number): string | undefined {
	const raw = (context.getNodeParameter('options', itemIndex, {}) as IDataObject).date as unknown;
	if (raw === undefined || raw === null || raw === '') return undefined;
	const ms = raw instanceof Date ? raw.getTime() : Date.parse(String(raw));
	if (Number.isFinite(ms)) return new Date(ms).toISOString();
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: At Date "${String(raw)}" is not a date and time`, { itemIndex });
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const scheduleId = opsIdParameter(this, itemIndex, 'schedule', 'schedule');
	const flat = booleanParameter(this, itemIndex, 'flat', 'Only User IDs');
	const date = dateOf(this, itemIndex);
	const qs: IDataObject = { flat, ...(date ? { date } : {}) };
	const answer = (await jsmApiRequest.call(this, {
		api: 'operations',
		method: 'GET',
		path: `/v1/schedules/${scheduleId}/on-calls`,
		qs,
		itemIndex,
	})) as IDataObject;
	const found = flat ? answer?.onCallUsers : answer?.onCallParticipants;
	if (!Array.isArray(found)) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: JSM Operations answered the on-call question in an unexpected form`, { itemIndex });
	}
	return this.helpers.returnJsonArray({ scheduleId, ...(date ? { date } : {}), ...answer });
}
