import type { IDataObject } from 'n8n-workflow';

import { JSM_PAGE_SIZE, paginateOffset, segment, type JsmContext } from '../../transport';

/** The customer transitions a request offers now (`GET .../transition`). */
export async function loadTransitions(
	this: JsmContext,
	requestKey: string,
	limit?: number,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/request/${segment(requestKey)}/transition`, itemIndex },
		{ limit, pageSize: JSM_PAGE_SIZE },
	);
}
