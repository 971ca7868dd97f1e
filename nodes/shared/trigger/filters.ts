import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { jqlString } from '../helpers/jql';
import { yesNo } from '../helpers/yesNo';
import { INCLUDE_RAW_LABEL } from './properties';

export interface TriggerFilters {
	/** Project keys of the chosen service desks. */
	projectKeys: string[];
	requestTypeIds: string[];
	jql: string;
	commentVisibility: 'all' | 'public' | 'internal';
}

/** What reads the triggers' fields: webhook (hook and delivery) and poll functions alike. */
interface ParameterReader {
	getNodeParameter(name: string, fallback: unknown): unknown;
}

/**
 * The filters both triggers offer (shared/trigger/properties). `options` is the Options collection,
 * when the caller has read it already.
 */
export function triggerFiltersOf(
	context: ParameterReader,
	options = context.getNodeParameter('options', {}) as IDataObject,
): TriggerFilters {
	return {
		projectKeys: (context.getNodeParameter('serviceDesks', []) as string[]).map(String),
		requestTypeIds: (context.getNodeParameter('requestTypes', []) as string[]).map(String),
		jql: String(options.jql ?? ''),
		commentVisibility: (options.commentVisibility as TriggerFilters['commentVisibility']) ?? 'all',
	};
}

/**
 * A yes/no field of a trigger's Options, read like every yes/no field: the toggle, or "true" / "false" from an
 * expression. Other text is refused naming the field; a trigger has no item to name, so the activation (or
 * delivery) fails.
 */
export function yesNoOption(context: { getNode(): INode }, options: IDataObject, name: string, label: string): boolean {
	const raw = options[name] ?? false;
	const value = yesNo(raw);
	if (value !== undefined) return value;
	throw new NodeOperationError(context.getNode(), `Options → ${label} must be true or false, not "${String(raw)}"`);
}

/** Options → Include Raw Payload, offered by both triggers. */
export function includeRawOf(context: { getNode(): INode }, options: IDataObject): boolean {
	return yesNoOption(context, options, 'includeRaw', INCLUDE_RAW_LABEL);
}

/** The JQL Jira applies before delivering issue events; empty means every issue. */
export function registrationJql(filters: TriggerFilters): string {
	const parts: string[] = [];
	if (filters.projectKeys.length) parts.push(`project in (${filters.projectKeys.map(jqlString).join(', ')})`);
	if (filters.jql.trim()) parts.push(`(${filters.jql.trim()})`);
	return parts.join(' AND ');
}

/** The request type of an issue, wherever Jira put the Customer Request Type field. */
function requestTypeOf(issue: IDataObject | undefined): IDataObject | undefined {
	const fields = (issue?.fields ?? {}) as IDataObject;
	for (const value of Object.values(fields)) {
		const requestType = (value as IDataObject | null)?.requestType as IDataObject | undefined;
		if (requestType && typeof requestType === 'object' && requestType.id !== undefined) return requestType;
	}
	return undefined;
}

/** Whether a delivery concerns a request (issue events, comment and attachment events), not a user. */
function isRequestEvent(payload: IDataObject): boolean {
	return payload.issue !== undefined || payload.comment !== undefined || payload.attachment !== undefined;
}

/**
 * Whether a delivery passes the filters Jira cannot apply for us (and re-checks the ones it should).
 * `requestType` is the delivery's request type when it was read separately (comment events lack it).
 * A request event that carries no issue cannot be matched and fails a service desk or request type filter.
 */
export function passesFilters(
	payload: IDataObject,
	filters: TriggerFilters,
	requestType = requestTypeOf(payload.issue as IDataObject | undefined),
): boolean {
	const issue = payload.issue as IDataObject | undefined;
	if (isRequestEvent(payload)) {
		const project = ((issue?.fields as IDataObject | undefined)?.project ?? {}) as IDataObject;
		if (filters.projectKeys.length && !filters.projectKeys.includes(String(project.key ?? ''))) return false;
		if (filters.requestTypeIds.length && (!requestType || !filters.requestTypeIds.includes(String(requestType.id)))) return false;
	}
	const comment = payload.comment as IDataObject | undefined;
	if (comment && filters.commentVisibility !== 'all') {
		const isPublic = comment.jsdPublic !== false;
		if (filters.commentVisibility === 'public' ? !isPublic : isPublic) return false;
	}
	return true;
}

export { requestTypeOf };
