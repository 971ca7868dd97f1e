import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { searchIssuesByJql } from '../../../shared/transport';

/** The fields simplifyIssue reads. */
export const SIMPLE_FIELDS = ['summary', 'description', 'status', 'created', 'reporter'];

/** Issues matching the JQL, with only the given fields, in the JQL's order. */
export async function searchJql(
	this: IExecuteFunctions,
	itemIndex: number,
	jql: string,
	fields: string[],
	limit: number | undefined,
): Promise<IDataObject[]> {
	return await searchIssuesByJql.call(this, { jql, fields, limit, itemIndex });
}
