import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData } from 'n8n-workflow';

import { JSM_PAGE_SIZE, jsmApiRequest, paginateOffset } from '../../shared/transport';
import type { OperationKind, OperationModule, OperationOption } from './operation';
import { showFor } from './operation';
import { limitOf, requestKeyParameter, requestLocator, returnAllOrLimit, simplifyOption, simplifyParameter } from './parameters';

/**
 * Many operations do one thing to one request: call one endpoint below `/request/{issueIdOrKey}` and shape the
 * answer. They differ only by dropdown entry, verb, path and output, so they are declared through here.
 */
interface RequestOperationSpec {
	resource: string;
	option: OperationOption;
	kind: OperationKind;
	/**
	 * The one API operation, `METHOD /path` as in Atlassian's OpenAPI files; the request's placeholder in it
	 * (`{issueIdOrKey}` or `{requestIdOrKey}`) is filled with the chosen request, so the call is the catalogued one.
	 */
	api: string;
	/** Experimental JSM endpoints answer only with `X-ExperimentalApi: opt-in`. */
	experimental?: boolean;
}

function callOf(api: string, key: string): { method: IHttpRequestMethods; path: string } {
	const [method, template] = api.split(' ');
	return { method: method as IHttpRequestMethods, path: template.replace(/\{(issueIdOrKey|requestIdOrKey)\}/, key) };
}

/** One call about one request; `output` turns Jira's answer (an empty object when it sends none) into the item. */
export function requestCall(
	spec: RequestOperationSpec & { output(requestKey: string, answer: IDataObject): IDataObject },
): OperationModule {
	return {
		option: spec.option,
		kind: spec.kind,
		api: [spec.api],
		description: showFor(spec.resource, spec.option.value)([requestLocator]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const key = requestKeyParameter(this, itemIndex);
			const answer = await jsmApiRequest.call(this, { ...callOf(spec.api, key), experimental: spec.experimental, itemIndex });
			return this.helpers.returnJsonArray(spec.output(key, (answer ?? {}) as IDataObject));
		},
	};
}

/**
 * A paged list about one request (its approvals, participants, statuses), each entry an item carrying the
 * request's key. With `simplify`, the node offers Simplify and, when it is on, keeps what `simplify` returns.
 */
export function requestList(spec: RequestOperationSpec & { simplify?(entry: IDataObject): IDataObject }): OperationModule {
	const { simplify } = spec;
	return {
		option: spec.option,
		kind: spec.kind,
		api: [spec.api],
		description: showFor(spec.resource, spec.option.value)([requestLocator, ...returnAllOrLimit(), ...(simplify ? [simplifyOption] : [])]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const key = requestKeyParameter(this, itemIndex);
			const entries = await paginateOffset.call(
				this,
				{ ...callOf(spec.api, key), experimental: spec.experimental, itemIndex },
				{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
			);
			const shape = simplify && simplifyParameter(this, itemIndex) ? simplify : (entry: IDataObject) => entry;
			return this.helpers.returnJsonArray(entries.map((entry) => ({ requestKey: key, ...shape(entry) })));
		},
	};
}
