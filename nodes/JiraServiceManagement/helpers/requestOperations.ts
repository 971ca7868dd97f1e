import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { JSM_PAGE_SIZE, paginateOffset } from '../../shared/transport';
import { catalogueCall, REQUEST_ID } from './callOperation';
import type { OperationKind, OperationModule, OperationOption } from './operation';
import { showFor } from './operation';
import { limitOf, returnAllOrLimit, simplifyOption, simplifyParameter } from './parameters';

/**
 * A paged list about one request (its approvals, participants, statuses), each entry an item carrying the
 * request's key. With `simplify`, the node offers Simplify and, when it is on, keeps what `simplify` returns.
 */
export function requestList(spec: {
	resource: string;
	option: OperationOption;
	kind: OperationKind;
	/** The one API operation, `METHOD /path` as in Atlassian's OpenAPI files, below `/request/{issueIdOrKey}`. */
	api: string;
	simplify?(entry: IDataObject): IDataObject;
}): OperationModule {
	const { simplify } = spec;
	const call = catalogueCall(spec.api, [REQUEST_ID]);
	return {
		option: spec.option,
		kind: spec.kind,
		api: [spec.api],
		description: showFor(spec.resource, spec.option.value)([
			REQUEST_ID.property,
			...returnAllOrLimit(),
			...(simplify ? [simplifyOption] : []),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const key = REQUEST_ID.read(this, itemIndex);
			const entries = await paginateOffset.call(
				this,
				{ method: call.method, path: call.path({ [REQUEST_ID.key]: key }), itemIndex },
				{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
			);
			const shape = simplify && simplifyParameter(this, itemIndex) ? simplify : (entry: IDataObject) => entry;
			return this.helpers.returnJsonArray(entries.map((entry) => ({ requestKey: key, ...shape(entry) })));
		},
	};
}
