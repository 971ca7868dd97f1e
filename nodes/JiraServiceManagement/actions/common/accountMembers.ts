import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { accountIdsParameter, accountIdsProperty, numericIdParameter } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';

/** Where accounts are added or removed: organization users, service desk customers. */
interface Members {
	/** The container's field (a resource locator) and how errors and the output name it. */
	locator: INodeProperties;
	label: string;
	idKey: string;
	bits?: 32 | 64;
	path: (id: string) => string;
	method: 'POST' | 'DELETE';
	experimental?: boolean;
}

/**
 * Adding and removing accounts send the same body (`accountIds`) to the same path and differ only in the
 * method, so each pair shares one handler.
 */
export function accountMembersOperation(
	resource: string,
	operation: string,
	members: Members,
): Pick<OperationModule, 'description' | 'execute'> {
	async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const id = numericIdParameter(this, itemIndex, members.locator.name, members.label, members.bits);
		const accountIds = accountIdsParameter(this, itemIndex, 'accountIds', await deploymentOf(this));
		await jsmApiRequest.call(this, {
			method: members.method,
			path: members.path(id),
			body: { accountIds },
			itemIndex,
			experimental: members.experimental,
			// Adding or removing twice leaves the same state, so a request whose answer was lost may be sent again.
			idempotent: true,
		});
		const outcome = members.method === 'POST' ? 'added' : 'removed';
		return this.helpers.returnJsonArray({ [members.idKey]: id, accountIds, [outcome]: true });
	}
	return { description: showFor(resource, operation)([members.locator, accountIdsProperty]), execute };
}
