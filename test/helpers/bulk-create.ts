// Request → Create over many items, as the load, fault and rate-limit tests run it: each item's `summary` becomes
// a request's summary; the desk, the request type and the Performance options are the test's.
import type { Sandbox } from './sandbox';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The id of the IT desk's "Get IT help" request type in the seeded sandbox. */
export const itHelpRequestType = (sb: Sandbox): string =>
	[...sb.state.requestTypes.values()].find((rt: any) => rt.serviceDeskId === '1' && rt.name === 'Get IT help').id;

/** The node's parameters; `serviceDesk` is an id or an expression, `extra` adds e.g. `performance`. */
export function bulkCreateParameters(serviceDesk: string, requestTypeId: string, extra: Record<string, unknown> = {}) {
	return {
		resource: 'request',
		operation: 'create',
		serviceDesk: byId(serviceDesk),
		requestType: byId(requestTypeId),
		requestFieldValues: { mappingMode: 'defineBelow', value: { summary: '={{ $json.summary }}' }, matchingColumns: [], schema: [] },
		options: {},
		...extra,
	};
}
