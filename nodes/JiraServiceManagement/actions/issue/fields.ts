import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { includeOption, includeParameter } from '../../helpers/parameters';

/** Enough for incident reports (MTTR, change failure) and for Simplify, without comments or worklogs. */
export const DEFAULT_ISSUE_FIELDS =
	'summary,status,issuetype,priority,assignee,reporter,project,created,updated,resolution,resolutiondate,description';

export const issueFieldsOption: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'string',
	default: DEFAULT_ISSUE_FIELDS,
	description:
		'Comma-separated field IDs to return, e.g. summary,status,customfield_10010. Use *all for every field, *navigable for the navigable ones, or -name to leave one out.',
};

const FIELD = /^-?(\*all|\*navigable|[A-Za-z0-9_.-]+)$/;

/** The Fields option as a list, refusing entries that cannot be field IDs. */
export function issueFieldsOf(context: IExecuteFunctions, itemIndex: number): string[] {
	const raw = String(context.getNodeParameter('fields', itemIndex, DEFAULT_ISSUE_FIELDS) ?? '');
	const fields = raw
		.split(',')
		.map((field) => field.trim())
		.filter(Boolean);
	const bad = fields.find((field) => !FIELD.test(field));
	if (bad === undefined) return fields;
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: "${bad}" in Fields is not a field ID (such as summary or customfield_10010)`,
		{ itemIndex },
	);
}

const EXPAND_OPTIONS = [
	{ name: 'Changelog', value: 'changelog' },
	{ name: 'Edit Metadata', value: 'editmeta' },
	{ name: 'Operations', value: 'operations' },
	{ name: 'Rendered Fields (HTML)', value: 'renderedFields' },
	{ name: 'Transitions', value: 'transitions' },
	{ name: 'Versioned Representations', value: 'versionedRepresentations' },
];

/** What `expand` can add to an issue; Field Names and Schema only make sense for a single issue. */
export function issueExpandOption(single: boolean): INodeProperties {
	const options = single
		? [...EXPAND_OPTIONS, { name: 'Field Names', value: 'names' }, { name: 'Field Schema', value: 'schema' }]
		: [...EXPAND_OPTIONS];
	return {
		...includeOption(
			'Extra details to include with each issue (ignored when Simplify is on)',
			options.sort((a, b) => a.name.localeCompare(b.name)),
		),
		displayOptions: { show: { simplify: [false] } },
	};
}

/** `expand` as Jira wants it here: one comma-separated string, or nothing when Simplify is on. */
export function issueExpandOf(context: IExecuteFunctions, itemIndex: number, simplify: boolean): string | undefined {
	if (simplify) return undefined;
	const expand = includeParameter(context, itemIndex);
	return expand.length ? expand.join(',') : undefined;
}
