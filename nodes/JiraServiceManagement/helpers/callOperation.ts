import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { jsmApiRequest } from '../../shared/transport';
import type { OperationKind, OperationModule, OperationOption } from './operation';
import { showFor } from './operation';
import {
	issueLocator,
	numericIdParameter,
	organizationLocator,
	requestKeyParameter,
	requestLocator,
	requestTypeLocator,
	serviceDeskLocator,
} from './parameters';

/**
 * One id an operation's path needs: the field it is read from, its name in the output (`requestKey`), and its
 * names in Atlassian's path templates (one endpoint says `{issueIdOrKey}`, another `{requestIdOrKey}`).
 */
export interface PathId {
	property: INodeProperties;
	key: string;
	placeholders: string[];
	read(context: IExecuteFunctions, itemIndex: number): string;
}

export const REQUEST_ID: PathId = {
	property: requestLocator,
	key: 'requestKey',
	placeholders: ['issueIdOrKey', 'requestIdOrKey'],
	read: (context, itemIndex) => requestKeyParameter(context, itemIndex),
};

export const ISSUE_ID: PathId = {
	property: issueLocator,
	key: 'issueKey',
	placeholders: ['issueIdOrKey'],
	read: (context, itemIndex) => requestKeyParameter(context, itemIndex, 'issue', 'issue'),
};

export const SERVICE_DESK_ID: PathId = {
	property: serviceDeskLocator,
	key: 'serviceDeskId',
	placeholders: ['serviceDeskId'],
	read: (context, itemIndex) => numericIdParameter(context, itemIndex, 'serviceDesk', 'service desk'),
};

export const REQUEST_TYPE_ID: PathId = {
	property: requestTypeLocator,
	key: 'requestTypeId',
	placeholders: ['requestTypeId'],
	read: (context, itemIndex) => numericIdParameter(context, itemIndex, 'requestType', 'request type', 32),
};

export const ORGANIZATION_ID: PathId = {
	property: organizationLocator,
	key: 'organizationId',
	placeholders: ['organizationId'],
	read: (context, itemIndex) => numericIdParameter(context, itemIndex, 'organization', 'organization', 32),
};

/** What an operation declared through a factory names: its dropdown entry, kind, one API operation and ids. */
export interface Declaration {
	resource: string;
	option: OperationOption;
	kind: OperationKind;
	/** The one API operation, `METHOD /path` as in Atlassian's OpenAPI files: the call made is the catalogued one. */
	api: string;
	/** The ids the path needs, in the order their fields are shown and read. */
	ids: PathId[];
}

/** A declared operation's module, but its handler; its parameters are the ids' fields, then `more`. */
export function declaredModule(spec: Declaration, more: INodeProperties[]): Omit<OperationModule, 'execute'> {
	return {
		option: spec.option,
		kind: spec.kind,
		api: [spec.api],
		description: showFor(spec.resource, spec.option.value)([...spec.ids.map((id) => id.property), ...more]),
	};
}

interface CallSpec extends Declaration {
	/** Fields shown after the ids', and what they add to the call (read after the ids): a query string, a body. */
	input?: {
		properties: INodeProperties[];
		read(context: IExecuteFunctions, itemIndex: number): { qs?: IDataObject; body?: IDataObject };
	};
	/** What a write is about, for "outcome unknown" errors (`a comment on ITS-42`). */
	subject?(ids: Record<string, string>): string;
	/** Experimental JSM endpoints answer only with `X-ExperimentalApi: opt-in`. */
	experimental?: boolean;
	/**
	 * The item, from the ids read (by their `key`) and Jira's answer (an empty object when it sends none); the
	 * context and item are there for an output shaped by a field read before the call, such as Simplify.
	 */
	output(ids: Record<string, string>, answer: IDataObject, context: IExecuteFunctions, itemIndex: number): IDataObject | IDataObject[];
}

/** Where a JSM Operations path starts in its `api` entry; the transport sends what follows to that API's root. */
const OPERATIONS_ROOT = '/jsm/ops/api/{cloudId}';

/**
 * The call an `api` entry names (`METHOD /path/{placeholder}`), its path filled from the ids read. A placeholder no
 * id fills is a declaration mistake, thrown when the node loads (every test loads it), never at a user's run.
 */
export function catalogueCall(api: string, ids: PathId[]) {
	const [method, entry] = api.split(' ');
	const operations = entry.startsWith(OPERATIONS_ROOT);
	const template = operations ? entry.slice(OPERATIONS_ROOT.length) : entry;
	const idFor = (placeholder: string) => ids.find((id) => id.placeholders.includes(placeholder));
	const unfilled = [...template.matchAll(/\{(\w+)\}/g)].find((match) => !idFor(match[1]));
	if (unfilled) throw new Error(`Nothing fills ${unfilled[0]} of ${api}`);
	return {
		api: operations ? ('operations' as const) : undefined,
		method: method as IHttpRequestMethods,
		path: (values: Record<string, string>) =>
			template.replace(/\{(\w+)\}/g, (_, placeholder: string) => values[(idFor(placeholder) as PathId).key]),
	};
}

/** Reads every id an operation needs, by its output `key`. */
export function readIds(ids: PathId[], context: IExecuteFunctions, itemIndex: number): Record<string, string> {
	return Object.fromEntries(ids.map((id) => [id.key, id.read(context, itemIndex)]));
}

/**
 * An operation that makes one call and shapes its answer. Many differ only by dropdown entry, verb, path and
 * output, so they are declared through here.
 */
export function callOperation(spec: CallSpec): OperationModule {
	const call = catalogueCall(spec.api, spec.ids);
	return {
		...declaredModule(spec, spec.input?.properties ?? []),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const ids = readIds(spec.ids, this, itemIndex);
			const { qs, body } = spec.input?.read(this, itemIndex) ?? {};
			const answer = await jsmApiRequest.call(this, {
				api: call.api,
				method: call.method,
				path: call.path(ids),
				qs,
				body,
				experimental: spec.experimental,
				itemIndex,
				subject: spec.subject?.(ids),
			});
			return this.helpers.returnJsonArray(spec.output(ids, (answer ?? {}) as IDataObject, this, itemIndex));
		},
	};
}
