import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { yesNo } from '../../shared/helpers/yesNo';
import * as patterns from './patterns';
import { whole } from './patterns';

// Operation files take the node's locators from here, beside the readers of the values they give.
export {
	groupLocator,
	issueLocator,
	organizationLocator,
	queueLocator,
	requestLocator,
	requestTypeLocator,
	serviceDeskLocator,
	userLocator,
} from './locators';
// n8n's optional collections live in nodes/shared: the triggers' Options is one of them.
export {
	additionalFieldsCollection,
	filtersCollection,
	optionsCollection,
	updateFieldsCollection,
} from '../../shared/helpers/collections';

/** Return All / Limit, the n8n way. */
export function returnAllOrLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** The limit to pass to a paginator: undefined when the user asked for everything. */
export function limitOf(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (booleanParameter(context, itemIndex, 'returnAll', 'Return All')) return undefined;
	// An expression may give text ("10") or anything else: take whole numbers only.
	const limit = Number(context.getNodeParameter('limit', itemIndex, 50));
	if (Number.isInteger(limit) && limit >= 1) return limit;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: Limit must be a whole number of 1 or more`, { itemIndex });
}

/**
 * A multi-select parameter: the chosen values. An expression may give a list, one comma-separated text, or
 * nothing (none chosen); anything else is refused for its item.
 */
export function multiOptionsParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string[] {
	const value = context.getNodeParameter(name, itemIndex, []) as unknown;
	if (value === undefined || value === null || value === '') return [];
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
	if (list?.every((entry) => typeof entry === 'string' || typeof entry === 'number')) {
		return list.map((entry) => String(entry).trim()).filter(Boolean);
	}
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label} must be a list of options, such as ["changelog"]`, {
		itemIndex,
	});
}

/** The Include multi-select: the extra details Jira's `expand` adds to the answer. */
export function includeOption(description: string, options: INodePropertyOptions[]): INodeProperties {
	return { displayName: 'Include', name: 'expand', type: 'multiOptions', default: [], description, options };
}

/** The details chosen in Include, for `expand`. */
export function includeParameter(context: IExecuteFunctions, itemIndex: number): string[] {
	return multiOptionsParameter(context, itemIndex, 'expand', 'Include');
}

export const simplifyOption: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a flat summary instead of the full nested response',
};

/** Whether the user asked for the flat summary (Simplify). */
export function simplifyParameter(context: IExecuteFunctions, itemIndex: number): boolean {
	return booleanParameter(context, itemIndex, simplifyOption.name, simplifyOption.displayName, true);
}

/** A locator's value (or a plain field's) as trimmed text, whichever mode (list, id, link) gave it; the readers check it. */
export function locatorValue(context: IExecuteFunctions, itemIndex: number, name: string): string {
	return String(context.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
}

const ISSUE_KEY = whole(patterns.ISSUE_KEY);
const NUMERIC_ID = whole(patterns.NUMERIC_ID);

/**
 * A request's (or, with label 'issue', an issue's) key or numeric id, refusing anything that is not
 * one (so no path can be smuggled in).
 */
export function requestKeyParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	name = 'request',
	label: 'request' | 'issue' = 'request',
): string {
	const value = locatorValue(context, itemIndex, name);
	if (ISSUE_KEY.test(value) || NUMERIC_ID.test(value)) return value.toUpperCase();
	const urls = label === 'request' ? '/browse/KEY or portal URL' : '/browse/KEY URL';
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: the ${label} "${value}" is not ${label === 'issue' ? 'an issue' : 'a request'} key or id, for example ITS-42 or 10042`,
		{ itemIndex, description: `Pick ${label === 'issue' ? 'an issue' : 'a request'} from the list, or give its key, its id, or its ${urls}` },
	);
}

/** The largest id Jira takes where its API description says int32 or int64. */
const LARGEST_ID = { 32: BigInt('2147483647'), 64: BigInt('9223372036854775807') };

/**
 * A numeric id parameter (service desk, request type, organization, ...). `bits` follows the id's format in
 * Atlassian's API description, so an id Jira could never hold is refused here, naming the item and field.
 */
export function numericIdParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	bits: 32 | 64 = 64,
): string {
	const value = locatorValue(context, itemIndex, name);
	const problem = !NUMERIC_ID.test(value)
		? 'is not a valid id (a whole number such as 1)'
		: BigInt(value) > LARGEST_ID[bits]
			? `is too large for an id (at most ${LARGEST_ID[bits]})`
			: undefined;
	if (!problem) return value;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: the ${label} "${value}" ${problem}`, {
		itemIndex,
		description: `Pick the ${label} from the list or enter its numeric id`,
	});
}

/**
 * A yes/no parameter, which an expression may also give as the text "true" or "false"; any other answer (an
 * expression yielding "maybe") is refused for its item, naming the field. Every yes/no read goes through here.
 */
export function booleanParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string, fallback = false): boolean {
	const raw = context.getNodeParameter(name, itemIndex, fallback) as unknown;
	const value = yesNo(raw);
	if (value !== undefined) return value;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label} must be true or false, not "${String(raw)}"`, { itemIndex });
}

/** One of a dropdown's values, also when an expression gives it. */
export function choiceParameter<T extends string>(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	choices: readonly T[],
): T {
	const value = context.getNodeParameter(name, itemIndex, choices[0]) as unknown;
	if (choices.includes(value as T)) return value as T;
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: ${label} must be ${choices.map((choice) => `"${choice}"`).join(' or ')}, not "${String(value)}"`,
		{ itemIndex },
	);
}

const ACCOUNT_ID = whole(patterns.ACCOUNT_ID);
const USERNAME = whole(patterns.USERNAME);

/** An Atlassian account ID, from a user locator or a plain field; on Jira Data Center, a username. */
export function accountIdParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	name = 'user',
	deployment: 'cloud' | 'datacenter' = 'cloud',
): string {
	const value = locatorValue(context, itemIndex, name);
	if (deployment === 'datacenter') {
		if (USERNAME.test(value)) return value;
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: the user "${value}" is not a Jira Data Center username`, {
			itemIndex,
			description: 'Jira Data Center names people by username, for example jane.doe',
		});
	}
	if (ACCOUNT_ID.test(value)) return value;
	throw new NodeOperationError(
		context.getNode(),
		`Item ${itemIndex}: the user "${value}" is not an account ID, for example 5b10ac8d82e05b22cc7d4ef5`,
		{ itemIndex, description: 'Pick the user from the list or enter their Atlassian account ID' },
	);
}

export const accountIdsProperty: INodeProperties = {
	displayName: 'Account IDs',
	name: 'accountIds',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae',
	description: 'Atlassian account IDs of the customers, separated by commas (Jira Data Center: usernames)',
};

/**
 * Several Atlassian account IDs, from a comma-separated text or a list given by an expression; on Jira Data Center,
 * whose JSM API takes usernames instead, usernames.
 */
export function accountIdsParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	name = 'accountIds',
	deployment: 'cloud' | 'datacenter' = 'cloud',
): string[] {
	const raw = context.getNodeParameter(name, itemIndex, '') as unknown;
	const values = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/[\s,]+/);
	const ids = values.map((value) => value.trim()).filter(Boolean);
	if (deployment === 'datacenter') {
		const badName = ids.find((id) => !USERNAME.test(id));
		if (ids.length && badName === undefined) return [...new Set(ids)];
		throw new NodeOperationError(
			context.getNode(),
			badName === undefined
				? `Item ${itemIndex}: Account IDs is empty; give at least one username (Jira Data Center takes usernames here)`
				: `Item ${itemIndex}: "${badName}" in Account IDs is not a Jira Data Center username`,
			{ itemIndex, description: 'Separate several usernames with commas' },
		);
	}
	const bad = ids.find((id) => !ACCOUNT_ID.test(id));
	if (ids.length && bad === undefined) return [...new Set(ids)];
	throw new NodeOperationError(
		context.getNode(),
		bad === undefined
			? `Item ${itemIndex}: Account IDs is empty; give at least one account ID`
			: `Item ${itemIndex}: "${bad}" in Account IDs is not an account ID, for example 5b10ac8d82e05b22cc7d4ef5`,
		{ itemIndex, description: 'Separate several account IDs with commas' },
	);
}

