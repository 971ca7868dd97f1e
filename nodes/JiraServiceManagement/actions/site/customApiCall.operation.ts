import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { jsonObjectParameter, jsonParameter } from '../../helpers/json';
import { showFor } from '../../helpers/operation';
import { booleanParameter } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Custom API Call',
	value: 'customApiCall',
	description:
		'Call any Jira or Jira Service Management REST endpoint of the site with this credential, for what the other operations do not cover',
	action: 'Make a custom API call',
};

export const kind: OperationKind = 'Execute';

/** Reaches any endpoint of the site, so it names none. */
export const api: string[] = [];

const PATH_CHARACTERS = /^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/;

const properties: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		default: 'GET',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		required: true,
		placeholder: '/rest/api/3/myself',
		description:
			'The API path on the connected site, starting with /rest/ (e.g. /rest/servicedeskapi/request/ITS-42/sla). The site address and the credential are added for you; put query parameters below, not after a ?.',
	},
	{
		displayName: 'Query Parameters (JSON)',
		name: 'query',
		type: 'json',
		default: '{}',
		description:
			'Query parameters as a JSON object, e.g. {"startAt": 0, "maxResults": 50}; an array value repeats the parameter',
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '',
		description: 'The JSON body to send; leave empty to send none',
		displayOptions: { hide: { method: ['GET'] } },
	},
	{
		displayName: 'Experimental API',
		name: 'experimental',
		type: 'boolean',
		default: false,
		description: 'Whether to send X-ExperimentalApi: opt-in, which Jira Service Management requires for its experimental endpoints',
	},
];

export const description = showFor('site', 'customApiCall')(properties);

/** What is wrong with a user's path, or undefined: only paths under /rest/ of the credential's own site. */
function customPathProblem(path: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
		return 'must be a path such as /rest/api/3/myself, not a URL: the site comes from the credential';
	}
	if (!path.startsWith('/rest/')) return 'must start with /rest/';
	if (path.includes('#')) return 'must not contain a # fragment';
	if (path.includes('?')) return 'must not contain a query string: put query parameters in Query Parameters (JSON)';
	if (!PATH_CHARACTERS.test(path)) return 'contains characters that are not allowed in a URL path (such as spaces or backslashes)';
	let decoded: string;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		return 'has a broken %-escape';
	}
	if (decoded.includes('..')) return 'must not contain ..';
	if (decoded.includes('//') || decoded.includes('\\')) return 'must not contain // or a backslash';
	return undefined;
}

const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

function queryOf(context: IExecuteFunctions, itemIndex: number): IDataObject | undefined {
	const query = jsonObjectParameter(context, itemIndex, 'query', 'Query Parameters (JSON)', '{"startAt": 0}');
	const bad = Object.entries(query).find(
		([, value]) => !(isScalar(value) || (Array.isArray(value) && value.every(isScalar))),
	);
	if (bad) {
		throw new NodeOperationError(
			context.getNode(),
			`Item ${itemIndex}: Query Parameters (JSON): "${bad[0]}" must be a string, number, boolean or a list of those`,
			{ itemIndex },
		);
	}
	return Object.keys(query).length ? query : undefined;
}

function itemsOf(response: unknown): IDataObject[] {
	if (response === undefined || response === null || response === '') return [{ success: true }];
	if (Array.isArray(response)) {
		const plain = response.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry));
		return plain ? (response as IDataObject[]) : [{ data: response }];
	}
	return typeof response === 'object' ? [response as IDataObject] : [{ data: response as string }];
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const method = this.getNodeParameter('method', itemIndex, 'GET') as IHttpRequestMethods;
	const path = String(this.getNodeParameter('path', itemIndex, '') ?? '').trim();
	const problem = customPathProblem(path);
	if (problem) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: the Path "${path}" ${problem}`, { itemIndex });
	}
	const qs = queryOf(this, itemIndex);
	const body = method === 'GET' ? undefined : jsonParameter(this, itemIndex, 'body', 'Body (JSON)');
	const response: unknown = await jsmApiRequest.call(this, {
		method,
		path,
		qs,
		// Serialised here so a bare string, number or boolean body goes out as JSON too.
		body: body === undefined ? undefined : JSON.stringify(body),
		headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
		experimental: booleanParameter(this, itemIndex, 'experimental', 'Experimental API'),
		itemIndex,
		subject: `${method} ${path}`,
		anyAnswer: true,
	});
	return this.helpers.returnJsonArray(itemsOf(response));
}
