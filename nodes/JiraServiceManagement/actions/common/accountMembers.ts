import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { PathId } from '../../helpers/callOperation';
import { catalogueCall, readIds } from '../../helpers/callOperation';
import type { OperationModule, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdsParameter, accountIdsProperty } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';

/** Where accounts are added or removed: organization users, service desk customers. */
interface Members {
	resource: string;
	/** The members' path as in Atlassian's OpenAPI file: adding POSTs the accounts to it, removing DELETEs them. */
	template: string;
	/** The id that picks the organization or service desk. */
	id: PathId;
	/** The methods Atlassian's OpenAPI file marks `x-experimental` (sent with the opt-in header). */
	experimental?: Array<'POST' | 'DELETE'>;
}

/**
 * Adding and removing accounts send the same body (`accountIds`) to the same path and differ only in the
 * method, so each pair is declared once; each of its two operations gives its method and dropdown entry.
 */
export function accountMembers(members: Members) {
	const call = catalogueCall(`POST ${members.template}`, [members.id]);
	return (method: 'POST' | 'DELETE', option: OperationOption): OperationModule => ({
		option,
		kind: 'Execute',
		api: [`${method} ${members.template}`],
		description: showFor(members.resource, option.value)([members.id.property, accountIdsProperty]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const ids = readIds([members.id], this, itemIndex);
			const accountIds = accountIdsParameter(this, itemIndex, 'accountIds', await deploymentOf(this));
			await jsmApiRequest.call(this, {
				method,
				path: call.path(ids),
				body: { accountIds },
				itemIndex,
				experimental: members.experimental?.includes(method),
				// Adding or removing twice leaves the same state, so a request whose answer was lost may be sent again.
				idempotent: true,
			});
			return this.helpers.returnJsonArray({ ...ids, accountIds, [method === 'POST' ? 'added' : 'removed']: true });
		},
	});
}
