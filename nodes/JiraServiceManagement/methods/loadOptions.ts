import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { loadBothKinds, transitionLabel, transitionValue } from '../actions/request/transitions';
import { jsmApiRequest, paginateStartAt, segment } from '../../shared/transport';

/** The transitions the chosen request offers in its current status, each named with its kind (customer or agent). */
export async function getTransitions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const request = String(this.getCurrentNodeParameter('request', { extractValue: true }) ?? '').trim();
	if (!request) return [];
	const transitions = await loadBothKinds.call(this, request);
	return transitions.map((transition) => ({ name: transitionLabel(transition), value: transitionValue(transition) }));
}

/** The issue types requests can be created with in the chosen service desk's project (not sub-tasks). */
export async function getIssueTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const serviceDeskId = String(this.getCurrentNodeParameter('serviceDesk', { extractValue: true }) ?? '').trim();
	if (!serviceDeskId) return [];
	const desk = (await jsmApiRequest.call(this, { method: 'GET', path: `/rest/servicedeskapi/servicedesk/${segment(serviceDeskId)}` })) as IDataObject;
	const types = await paginateStartAt.call(
		this,
		{ method: 'GET', path: `/rest/api/3/issue/createmeta/${segment(String(desk.projectKey))}/issuetypes` },
		'issueTypes',
		{ pageSize: 200 },
	);
	return types
		.filter((type) => type.subtask !== true)
		.map((type) => ({ name: String(type.name), value: String(type.id), description: type.description ? String(type.description) : undefined }));
}
