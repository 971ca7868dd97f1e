import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { JSM_PAGE_SIZE, jsmApiRequest, paginateOffset, segment, type JsmContext } from '../../../shared/transport';

/**
 * A request moves by two kinds of transition. Customer transitions (JSM `GET .../request/{key}/transition`) are the
 * ones the portal offers customers; agent transitions are the rest of the workflow, which only the platform API
 * (`GET /rest/api/3/issue/{key}/transitions`) offers. Dropdown values keep the plain id for customer transitions
 * (what earlier versions stored) and mark agent ones with this prefix.
 */
export const AGENT_PREFIX = 'agent:';

export type TransitionKind = 'customer' | 'agent';

export interface Transition {
	id: string;
	name: string;
	kind: TransitionKind;
}

/** The customer transitions a request offers now (`GET .../transition`). */
export async function loadTransitions(
	this: JsmContext,
	requestKey: string,
	limit?: number,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await paginateOffset.call(
		this,
		{ method: 'GET', path: `/rest/servicedeskapi/request/${segment(requestKey)}/transition`, itemIndex },
		{ limit, pageSize: JSM_PAGE_SIZE },
	);
}

/** The workflow transitions an agent may take now (`GET /rest/api/3/issue/{key}/transitions`). */
export async function loadWorkflowTransitions(this: JsmContext, requestKey: string, itemIndex?: number): Promise<IDataObject[]> {
	const answer = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: `/rest/api/3/issue/${segment(requestKey)}/transitions`,
		itemIndex,
		subject: `the transitions of ${requestKey}`,
	})) as IDataObject | undefined;
	if (!Array.isArray(answer?.transitions)) {
		throw new NodeOperationError(this.getNode(), `Jira answered the transitions of ${requestKey} without a list of transitions`, {
			itemIndex,
		});
	}
	return answer.transitions as IDataObject[];
}

/** Both kinds, customer transitions first; a workflow transition that is also a customer one is listed once, as a customer one. */
export async function loadBothKinds(this: JsmContext, requestKey: string, itemIndex?: number): Promise<Transition[]> {
	const customer = (await loadTransitions.call(this, requestKey, undefined, itemIndex)).map(
		(t): Transition => ({ id: String(t.id), name: String(t.name), kind: 'customer' }),
	);
	const customerIds = new Set(customer.map((t) => t.id));
	const agent = (await loadWorkflowTransitions.call(this, requestKey, itemIndex))
		.map((t): Transition => ({ id: String(t.id), name: String(t.name), kind: 'agent' }))
		.filter((t) => !customerIds.has(t.id));
	return [...customer, ...agent];
}

export const transitionLabel = (transition: Transition) => `${transition.name} (${transition.kind} transition)`;

export const transitionValue = (transition: Transition) =>
	transition.kind === 'agent' ? `${AGENT_PREFIX}${transition.id}` : transition.id;
