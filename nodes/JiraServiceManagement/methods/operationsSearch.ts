import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { jsmApiRequest } from '../../shared/transport';

interface OpsPage {
	values?: IDataObject[];
	links?: { next?: string };
}

const nextOffset = (page: OpsPage, offset: number) =>
	page.links?.next && page.values?.length ? String(offset + page.values.length) : undefined;

/** Open JSM Operations alerts, newest first; the filter searches their message. */
export async function searchAlerts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0);
	const words = (filter ?? '').replace(/["()]/g, ' ').trim();
	const query = words ? `status: open AND message: "${words}*"` : 'status: open';
	const page = (await jsmApiRequest.call(this, {
		api: 'operations',
		method: 'GET',
		path: '/v1/alerts',
		qs: { query, offset, size: 50, sort: 'createdAt', order: 'desc' },
	})) as OpsPage;
	const results = (page.values ?? []).map((alert) => ({
		name: `#${String(alert.tinyId)} ${String(alert.message)} (${String(alert.priority)})`,
		value: String(alert.id),
	}));
	return { results, paginationToken: nextOffset(page, offset) };
}

/** On-call schedules; the filter is a name prefix, as listSchedules matches names. */
export async function searchSchedules(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0);
	const prefix = (filter ?? '').replace(/\*/g, '').trim();
	const page = (await jsmApiRequest.call(this, {
		api: 'operations',
		method: 'GET',
		path: '/v1/schedules',
		qs: { offset, size: 50, ...(prefix ? { query: `${prefix}*` } : {}) },
	})) as OpsPage;
	const results = (page.values ?? []).map((schedule) => ({ name: String(schedule.name), value: String(schedule.id) }));
	return { results, paginationToken: nextOffset(page, offset) };
}

/** Operations teams (one answer holds them all); the filter matches part of the name. */
export async function searchTeams(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = (await jsmApiRequest.call(this, { api: 'operations', method: 'GET', path: '/v1/teams' })) as IDataObject;
	const needle = (filter ?? '').toLowerCase();
	const teams = Array.isArray(answer?.platformTeams) ? (answer.platformTeams as IDataObject[]) : [];
	const results = teams
		.filter((team) => String(team.teamName ?? '').toLowerCase().includes(needle))
		.map((team) => ({ name: String(team.teamName), value: String(team.teamId) }));
	return { results };
}
