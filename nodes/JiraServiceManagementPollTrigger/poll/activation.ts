import type { IPollFunctions, WorkflowActivateMode } from 'n8n-workflow';

/**
 * Activations a user asked for (turning the workflow on), which start from now. n8n starting with the
 * workflow active ('init'), a new version of an active workflow ('update') and another main taking over
 * ('leadershipChange') go on from the stored state, so what happened meanwhile is emitted once.
 */
const STARTS_FROM_NOW: WorkflowActivateMode[] = ['activate', 'create'];

/**
 * Whether this poll is the first of an activation that starts from now. n8n polls through one context per
 * activation, from the activation's own poll to the last tick; each caller keeps its own set of contexts seen.
 */
export function startsFromNow(polled: WeakSet<IPollFunctions>, context: IPollFunctions): boolean {
	const first = !polled.has(context);
	polled.add(context);
	return first && STARTS_FROM_NOW.includes(context.getActivationMode());
}
