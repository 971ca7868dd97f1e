import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { JSM_PAGE_SIZE, paginateOffset } from '../../shared/transport';

export async function getServiceDeskProjects(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const desks = await paginateOffset.call(
		this,
		{ method: 'GET', path: '/rest/servicedeskapi/servicedesk' },
		{ pageSize: JSM_PAGE_SIZE },
	);
	return desks.map((desk) => ({ name: `${String(desk.projectName)} (${String(desk.projectKey)})`, value: String(desk.projectKey) }));
}

export async function getRequestTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const desks = await paginateOffset.call(
		this,
		{ method: 'GET', path: '/rest/servicedeskapi/servicedesk' },
		{ pageSize: JSM_PAGE_SIZE },
	);
	const chosen = (this.getCurrentNodeParameter('serviceDesks') ?? []) as string[];
	const options: INodePropertyOptions[] = [];
	for (const desk of desks.filter((d) => !chosen.length || chosen.includes(String(d.projectKey)))) {
		const types = await paginateOffset.call(
			this,
			{ method: 'GET', path: `/rest/servicedeskapi/servicedesk/${encodeURIComponent(String(desk.id))}/requesttype` },
			{ pageSize: JSM_PAGE_SIZE },
		);
		options.push(
			...types.map((type: IDataObject) => ({ name: `${String(desk.projectKey)}: ${String(type.name)}`, value: String(type.id) })),
		);
	}
	return options;
}
