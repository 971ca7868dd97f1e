import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CONNECTED_APP_CREDENTIAL, type JsmContext } from './context';
import { connectionOf, jsmApiRequest, segment, type JsmRequest } from './request';

/** The Assets API serves at most this many objects per AQL or schema page (its `maxResults` default is 25). */
export const ASSETS_PAGE_SIZE = 50;

/**
 * A site has one Assets workspace and it never changes, so it is looked up once per site and credential and
 * process (like a discovered Cloud ID), not once per request. A failed lookup is not kept.
 */
const workspaces = new Map<string, Promise<string>>();

async function discoverWorkspace(context: JsmContext, itemIndex?: number): Promise<string> {
	const page = (await jsmApiRequest.call(context, {
		method: 'GET',
		path: '/rest/servicedeskapi/assets/workspace',
		qs: { start: 0, limit: 1 },
		itemIndex,
	})) as IDataObject | undefined;
	const first = (Array.isArray(page?.values) ? page.values[0] : undefined) as IDataObject | undefined;
	const workspaceId = typeof first?.workspaceId === 'string' ? first.workspaceId.trim() : '';
	if (!workspaceId) {
		throw new NodeOperationError(context.getNode(), 'This site has no Assets workspace the account can see', {
			itemIndex,
			description: 'Assets is part of Jira Service Management; check that it is enabled on the site and that the account may use it',
		});
	}
	return workspaceId;
}

/** The id of the site's Assets workspace, from `GET /rest/servicedeskapi/assets/workspace`. */
export async function assetsWorkspaceId(this: JsmContext, itemIndex?: number): Promise<string> {
	const { baseUrl, credentialType } = await connectionOf(this);
	const reference = this.getNode().credentials?.[credentialType];
	const key = `${credentialType === CONNECTED_APP_CREDENTIAL ? 'oauth2' : 'token'} ${reference?.id ?? ''} ${baseUrl}`;
	let workspace = workspaces.get(key);
	if (!workspace) {
		workspace = discoverWorkspace(this, itemIndex);
		workspaces.set(key, workspace);
		workspace.catch(() => workspaces.delete(key));
	}
	return await workspace;
}

/** A request to the Assets API; `path` is relative to `/jsm/assets/workspace/{workspaceId}/v1`. */
export async function assetsApiRequest(this: JsmContext, request: JsmRequest): Promise<any> {
	const workspaceId = await assetsWorkspaceId.call(this, request.itemIndex);
	return await jsmApiRequest.call(this, {
		...request,
		root: 'assets',
		path: `/jsm/assets/workspace/${segment(workspaceId)}/v1${request.path}`,
	});
}

const isTrue = (value: unknown) => value === true || value === 'true';

/**
 * Assets paging: `startAt` / `maxResults` in the query, `values` and `isLast` in the answer. The next page
 * starts after what was returned ("actual number of results may be less", says the API description), and the
 * end is `isLast`, not `total`, which Atlassian deprecated for AQL. The example in its file sends `isLast` as
 * the text "false", so both forms are read.
 */
export async function paginateAssets(
	this: JsmContext,
	request: JsmRequest,
	{ limit, pageSize = ASSETS_PAGE_SIZE, map }: { limit?: number; pageSize?: number; map?: (item: IDataObject, page: IDataObject) => IDataObject },
): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	let startAt = 0;
	for (;;) {
		const want = limit === undefined ? pageSize : Math.min(pageSize, limit - items.length);
		const page = (await assetsApiRequest.call(this, {
			...request,
			qs: { ...request.qs, startAt, maxResults: want },
		})) as IDataObject | undefined;
		if (!page || !Array.isArray(page.values)) {
			throw new NodeOperationError(this.getNode(), `Assets answered ${request.method} ${request.path} without a list of values`, {
				itemIndex: request.itemIndex,
			});
		}
		const values = page.values as IDataObject[];
		for (const value of values) items.push(map ? map(value, page) : value);
		if (limit !== undefined && items.length >= limit) return items.slice(0, limit);
		if (values.length === 0 || isTrue(page.isLast) || isTrue(page.last)) return items;
		startAt += values.length;
	}
}
