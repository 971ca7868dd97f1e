import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { JSM_PAGE_SIZE, paginateOffset, paginateStartAt } from '../../shared/transport';
import type { Declaration } from './callOperation';
import { catalogueCall, declaredModule, readIds } from './callOperation';
import type { OperationModule } from './operation';
import { limitOf, returnAllOrLimit, simplifyOption, simplifyParameter } from './parameters';

/**
 * A paged JSM list (`start` / `limit`): the service desks, a request's approvals, participants or statuses, a
 * service desk's queues; or a Jira platform one (`startAt`), such as an issue's changelog. Each entry is an item
 * carrying the ids it was listed under (`requestKey`, `serviceDeskId`). With `simplify`, the node offers Simplify
 * and, when it is on, keeps what `simplify` returns.
 */
export function listOperation(spec: Declaration & {
	/** Fields shown after the ids' and the query string they give (read after the ids), such as Include Issue Count. */
	input?: { properties: INodeProperties[]; read(context: IExecuteFunctions, itemIndex: number): IDataObject | undefined };
	simplify?(entry: IDataObject): IDataObject;
	/** A Jira platform list pages by `startAt` / `maxResults` instead, its entries under `itemsKey`, at most `pageSize` a page. */
	startAt?: { itemsKey: string; pageSize: number };
}): OperationModule {
	const { simplify } = spec;
	const call = catalogueCall(spec.api, spec.ids);
	return {
		...declaredModule(spec, [...(spec.input?.properties ?? []), ...returnAllOrLimit(), ...(simplify ? [simplifyOption] : [])]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const ids = readIds(spec.ids, this, itemIndex);
			const qs = spec.input?.read(this, itemIndex);
			const request = { api: call.api, method: call.method, path: call.path(ids), qs, itemIndex };
			const limit = limitOf(this, itemIndex);
			const entries = spec.startAt
				? await paginateStartAt.call(this, request, spec.startAt.itemsKey, { limit, pageSize: spec.startAt.pageSize })
				: await paginateOffset.call(this, request, { limit, pageSize: JSM_PAGE_SIZE });
			const shape = simplify && simplifyParameter(this, itemIndex) ? simplify : (entry: IDataObject) => entry;
			return this.helpers.returnJsonArray(entries.map((entry) => ({ ...ids, ...shape(entry) })));
		},
	};
}
