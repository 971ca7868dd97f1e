import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { limitOf, returnAllOrLimit } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List the JSM Operations teams (team ID and name): all for admins, else the account\'s own',
	action: 'Query teams',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /jsm/ops/api/{cloudId}/v1/teams'];

const properties: INodeProperties[] = [
	{
		displayName: 'Name Contains',
		name: 'nameContains',
		type: 'string',
		default: '',
		description: 'Only teams whose name contains this text (any case)',
	},
	...returnAllOrLimit(),
];

export const description = showFor('team', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const needle = String(this.getNodeParameter('nameContains', itemIndex, '') ?? '').trim().toLowerCase();
	const limit = limitOf(this, itemIndex);
	// One answer holds every team (the API pages nothing here); admins see all teams, others their own.
	const answer = (await jsmApiRequest.call(this, { api: 'operations', method: 'GET', path: '/v1/teams', itemIndex })) as IDataObject;
	if (!Array.isArray(answer?.platformTeams)) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: JSM Operations answered the team list in an unexpected form`, { itemIndex });
	}
	const teams = (answer.platformTeams as IDataObject[]).filter((team) => String(team.teamName ?? '').toLowerCase().includes(needle));
	return this.helpers.returnJsonArray(limit === undefined ? teams : teams.slice(0, limit));
}
