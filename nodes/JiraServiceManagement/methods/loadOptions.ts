import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { loadTransitions } from '../actions/request/transitions';

/** The transitions the chosen request offers in its current status. */
export async function getTransitions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const request = String(this.getCurrentNodeParameter('request', { extractValue: true }) ?? '').trim();
	if (!request) return [];
	const transitions = await loadTransitions.call(this, request);
	return transitions.map((transition) => ({ name: String(transition.name), value: String(transition.id) }));
}
