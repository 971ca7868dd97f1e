import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { JsmContext } from './context';
import { PageGuard } from './pageGuard';
import { jsmApiRequest } from './request';
import { pageItems } from './responseShape';

/**
 * Jira Data Center's list of every user, `GET /rest/api/2/user/list` (DC 10.3 OpenAPI file, "List all users"; in Jira
 * 10.3 LTS and from 11.0 on: jira.js server.getUserList). Cloud's users/search has no Data Center form, and Data
 * Center's user search needs a text, so a list without one reads this: pages of `values` chained by `nextCursor`
 * until `isLast`, no total, users in no defined order.
 */
const USER_LIST_PATH = '/rest/api/2/user/list';
/** The endpoint's own default page size. */
const USER_LIST_PAGE = 2000;

export interface DataCenterUserPage {
	users: IDataObject[];
	nextCursor?: string;
}

export async function dataCenterUserPage(
	this: JsmContext,
	cursor: string | undefined,
	maxResults: number,
	itemIndex?: number,
): Promise<DataCenterUserPage> {
	const request = { method: 'GET' as const, path: USER_LIST_PATH, qs: { maxResults, ...(cursor ? { cursor } : {}) }, itemIndex, idempotent: true };
	// A Data Center before 10.3 answers 404: say what to do instead of "not found".
	const page = (await jsmApiRequest.call(this, request).catch((error: unknown) => {
		if (String((error as { httpCode?: unknown }).httpCode) !== '404') return Promise.reject(error);
		return Promise.reject(
			new NodeOperationError(
				this.getNode(),
				'This Jira Data Center has no list of all users (GET /rest/api/2/user/list came with Jira 10.3): give a search text, which Jira matches against usernames, names and email addresses',
				{ itemIndex },
			),
		);
	})) as IDataObject;
	const users = pageItems(this, request, page, 'values') as IDataObject[];
	const more = page?.isLast === false && page.nextCursor !== undefined && page.nextCursor !== null;
	return { users, nextCursor: more ? String(page.nextCursor) : undefined };
}

/** Every user of a Data Center (or the first `limit`), page after page. */
export async function allDataCenterUsers(this: JsmContext, limit: number | undefined, itemIndex?: number): Promise<IDataObject[]> {
	const users: IDataObject[] = [];
	const guard = new PageGuard(this, { method: 'GET', path: USER_LIST_PATH, itemIndex });
	for (let cursor: string | undefined; ; ) {
		const want = limit === undefined ? USER_LIST_PAGE : Math.min(USER_LIST_PAGE, limit - users.length);
		const page = await dataCenterUserPage.call(this, cursor, want, itemIndex);
		guard.page(page.users);
		users.push(...page.users);
		if (limit !== undefined && users.length >= limit) return users.slice(0, limit);
		if (!page.nextCursor || page.users.length === 0) return users;
		guard.pointer(page.nextCursor);
		cursor = page.nextCursor;
	}
}
