import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { limitedText, opsIdParameter, teamLocator } from '../../helpers/operations';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Ping',
	value: 'ping',
	description: 'Tell JSM Operations a monitored job is alive, by team and heartbeat name; a heartbeat not pinged in time raises an alert',
	action: 'Ping a heartbeat',
};

export const kind: OperationKind = 'Execute';

export const api = ['GET /jsm/ops/api/{cloudId}/v1/teams/{teamId}/heartbeats/ping'];

const properties: INodeProperties[] = [
	{ ...teamLocator, description: 'The team that owns the heartbeat' },
	{
		displayName: 'Heartbeat Name',
		name: 'heartbeatName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Nightly backup',
		description: 'Name of the heartbeat, exactly as in JSM Operations (at most 200 characters)',
	},
];

export const description = showFor('heartbeat', 'ping')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const teamId = opsIdParameter(this, itemIndex, 'team', 'team');
	const name = limitedText(this, itemIndex, 'heartbeatName', 'Heartbeat Name', 200, true);
	const answer = (await jsmApiRequest.call(this, {
		api: 'operations',
		method: 'GET',
		path: `/v1/teams/${teamId}/heartbeats/ping`,
		qs: { name },
		itemIndex,
	})) as IDataObject | undefined;
	// The ping is processed later and JSM does not check that the heartbeat exists ("PONG" either way).
	return this.helpers.returnJsonArray({ teamId, heartbeatName: name, message: String(answer?.message ?? ''), pinged: true });
}
