import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	filtersCollection,
	limitOf,
	returnAllOrLimit,
	simplifyOption,
	simplifyParameter,
} from '../../helpers/parameters';
import { JSM_PAGE_SIZE, paginateOffset } from '../../../shared/transport';
import { issueFieldsOf, issueFieldsOption } from '../issue/fields';
import { requestExpandOf, requestExpandOption } from './expand';
import { requestTypeFieldId } from '../../../shared/helpers/requestTypeField';
import { searchJql, SIMPLE_FIELDS } from './jqlSearch';
import { simplifyIssue, simplifyRequest } from './simplify';

export const option: OperationOption = {
	name: 'Query',
	value: 'query',
	description: 'List customer requests by service desk, type, status or text filters, or by JQL',
	action: 'Query requests',
};

export const kind: OperationKind = 'Query';

export const api = ['GET /rest/servicedeskapi/request', 'GET /rest/api/3/field', 'POST /rest/api/3/search/jql', 'POST /rest/api/3/issue/bulkfetch'];

const properties: INodeProperties[] = [
	{
		displayName: 'Search With',
		name: 'searchWith',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Filters',
				value: 'filters',
				description: 'Service desk, request type, status, ownership and text filters of the service desk API',
			},
			{
				name: 'JQL',
				value: 'jql',
				description: 'Any Jira Query Language search, such as project = ITS AND status = "Waiting for support"',
			},
		],
		default: 'filters',
	},
	{
		displayName: 'JQL',
		name: 'jql',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'project = ITS AND created >= -7d ORDER BY created DESC',
		description: 'The Jira Query Language search; it must restrict the search (an ORDER BY alone is refused)',
		displayOptions: { show: { searchWith: ['jql'] } },
	},
	...returnAllOrLimit(),
	filtersCollection(
		[
			{
				displayName: 'Approval Status',
				name: 'approvalStatus',
				type: 'options',
				default: 'MY_PENDING_APPROVAL',
				options: [
					{ name: 'Awaiting My Approval', value: 'MY_PENDING_APPROVAL' },
					{ name: 'My Past Approvals', value: 'MY_HISTORY_APPROVAL' },
				],
			},
			{
				displayName: 'Organization ID',
				name: 'organizationId',
				type: 'number',
				default: 0,
			},
			{
				displayName: 'Ownership',
				name: 'requestOwnership',
				type: 'multiOptions',
				default: [],
				description: "Whose requests to return; default is every request the account can see as an agent",
				options: [
					{ name: 'All My Organizations', value: 'ALL_ORGANIZATIONS' },
					{ name: 'All Requests', value: 'ALL_REQUESTS' },
					{ name: 'Approver', value: 'APPROVER' },
					{ name: 'My Organization', value: 'ORGANIZATION' },
					{ name: 'Owned by Me', value: 'OWNED_REQUESTS' },
					{ name: 'Participated In', value: 'PARTICIPATED_REQUESTS' },
				],
			},
			{
				displayName: 'Request Type ID',
				name: 'requestTypeId',
				type: 'number',
				default: 0,
				description: 'Only requests of this type (needs Service Desk ID too)',
			},
			{
				displayName: 'Search Term',
				name: 'searchTerm',
				type: 'string',
				default: '',
				description: 'Only requests whose summary contains this text',
			},
			{
				displayName: 'Service Desk ID',
				name: 'serviceDeskId',
				type: 'number',
				default: 0,
			},
			{
				displayName: 'Status',
				name: 'requestStatus',
				type: 'options',
				default: 'ALL_REQUESTS',
				options: [
					{ name: 'All', value: 'ALL_REQUESTS' },
					{ name: 'Open', value: 'OPEN_REQUESTS' },
					{ name: 'Closed', value: 'CLOSED_REQUESTS' },
				],
			},
		],
		{ displayOptions: { show: { searchWith: ['filters'] } } },
	),
	simplifyOption,
	{ ...requestExpandOption, displayOptions: { show: { searchWith: ['filters'], simplify: [false] } } },
	{ ...issueFieldsOption, displayOptions: { show: { searchWith: ['jql'], simplify: [false] } } },
];

export const description = showFor('request', 'query')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const searchWith = this.getNodeParameter('searchWith', itemIndex, 'filters') as string;
	return searchWith === 'jql' ? await queryByJql.call(this, itemIndex) : await queryByFilters.call(this, itemIndex);
}

async function queryByJql(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const jql = String(this.getNodeParameter('jql', itemIndex, '') ?? '').trim();
	if (!jql) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: the JQL is empty`, { itemIndex });
	}
	const simplify = simplifyParameter(this, itemIndex);
	const limit = limitOf(this, itemIndex);
	if (!simplify) {
		const fields = issueFieldsOf(this, itemIndex);
		return this.helpers.returnJsonArray(await searchJql.call(this, itemIndex, jql, fields, limit));
	}
	const requestTypeField = await requestTypeFieldId.call(this, itemIndex);
	const fields = requestTypeField ? [...SIMPLE_FIELDS, requestTypeField] : SIMPLE_FIELDS;
	const issues = await searchJql.call(this, itemIndex, jql, fields, limit);
	return this.helpers.returnJsonArray(issues.map((issue) => simplifyIssue(issue, requestTypeField)));
}

async function queryByFilters(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = { requestOwnership: ['ALL_REQUESTS'] };
	for (const name of ['searchTerm', 'requestStatus', 'approvalStatus'] as const) {
		if (filters[name]) qs[name] = filters[name];
	}
	if (Array.isArray(filters.requestOwnership) && filters.requestOwnership.length) {
		qs.requestOwnership = filters.requestOwnership;
	}
	for (const name of ['serviceDeskId', 'requestTypeId', 'organizationId'] as const) {
		if (filters[name]) qs[name] = numericFilter(this, itemIndex, filters[name], name);
	}
	if (qs.requestTypeId && !qs.serviceDeskId) {
		throw new NodeOperationError(
			this.getNode(),
			`Item ${itemIndex}: the Request Type ID filter needs the Service Desk ID filter too`,
			{ itemIndex },
		);
	}
	const simplify = simplifyParameter(this, itemIndex);
	const expand = requestExpandOf(this, itemIndex, simplify);
	if (expand.length) qs.expand = expand;
	const requests = await paginateOffset.call(
		this,
		{ method: 'GET', path: '/rest/servicedeskapi/request', qs, itemIndex },
		// Simplified page by page, so the raw pages are not all held until the last one.
		{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE, map: simplify ? simplifyRequest : undefined },
	);
	return this.helpers.returnJsonArray(requests);
}

function numericFilter(context: IExecuteFunctions, itemIndex: number, value: unknown, name: string): number {
	const number = Number(value);
	if (Number.isInteger(number) && number > 0) return number;
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: the filter ${name} must be a positive whole number, not "${String(value)}"`,
		{ itemIndex },
	);
}
