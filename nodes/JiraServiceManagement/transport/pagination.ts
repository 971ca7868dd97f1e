import type { IDataObject } from 'n8n-workflow';

import type { JsmContext } from './context';
import { jsmApiRequest, type JsmRequest } from './request';

/** JSM serves at most 50 items per page on its list endpoints. */
export const JSM_PAGE_SIZE = 50;

export interface PageOptions {
	/** Stop after this many items; undefined means all. */
	limit?: number;
	/** The largest page the endpoint serves. */
	pageSize: number;
}

/**
 * JSM style: `start` / `limit`, answer `{ values, size, isLastPage }`. The next page starts after what was
 * returned, not after what was asked for, because JSM may serve fewer items than `limit`.
 */
export async function paginateOffset(
	this: JsmContext,
	request: JsmRequest,
	{ limit, pageSize }: PageOptions,
): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	let start = Number(request.qs?.start ?? 0);
	for (;;) {
		const want = limit === undefined ? pageSize : Math.min(pageSize, limit - items.length);
		const page = await jsmApiRequest.call(this, { ...request, qs: { ...request.qs, start, limit: want } });
		const values = (page?.values ?? []) as IDataObject[];
		items.push(...values);
		if (limit !== undefined && items.length >= limit) return items.slice(0, limit);
		if (page?.isLastPage !== false || values.length === 0) return items;
		start += values.length;
	}
}

/** Jira platform style: `nextPageToken` (JQL search). */
export async function paginateToken(
	this: JsmContext,
	request: JsmRequest,
	itemsKey: string,
	{ limit, pageSize }: PageOptions,
): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	let nextPageToken: string | undefined;
	const inBody = request.method === 'POST';
	for (;;) {
		const want = limit === undefined ? pageSize : Math.min(pageSize, limit - items.length);
		const paging: IDataObject = { maxResults: want, ...(nextPageToken ? { nextPageToken } : {}) };
		const page = await jsmApiRequest.call(
			this,
			inBody
				? { ...request, body: { ...(request.body as IDataObject), ...paging } }
				: { ...request, qs: { ...request.qs, ...paging } },
		);
		const values = (page?.[itemsKey] ?? []) as IDataObject[];
		items.push(...values);
		if (limit !== undefined && items.length >= limit) return items.slice(0, limit);
		nextPageToken = page?.nextPageToken as string | undefined;
		if (!nextPageToken || page?.isLast === true || values.length === 0) return items;
	}
}

/** Jira platform style: `startAt` / `maxResults` with `isLast` or `total` (group members, users, audit). */
export async function paginateStartAt(
	this: JsmContext,
	request: JsmRequest,
	itemsKey: string | undefined,
	{ limit, pageSize }: PageOptions,
	names: { start: string; size: string } = { start: 'startAt', size: 'maxResults' },
): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	let start = 0;
	for (;;) {
		const want = limit === undefined ? pageSize : Math.min(pageSize, limit - items.length);
		const page = await jsmApiRequest.call(this, {
			...request,
			qs: { ...request.qs, [names.start]: start, [names.size]: want },
		});
		const values = (itemsKey ? page?.[itemsKey] : page) as IDataObject[] | undefined;
		const list = Array.isArray(values) ? values : [];
		items.push(...list);
		if (limit !== undefined && items.length >= limit) return items.slice(0, limit);
		start += list.length;
		const total = typeof page?.total === 'number' ? page.total : undefined;
		if (list.length === 0 || page?.isLast === true || (total !== undefined && start >= total) || list.length < want) {
			return items;
		}
	}
}
