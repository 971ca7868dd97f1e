import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationModule } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';
import { accountIdsOf, accountIdsParameter } from './accountIds';

/**
 * Participant → Add and Remove send the same body (`accountIds`) to the same path and differ only in the method,
 * so the pair shares one handler. `people` says what the Account IDs are for.
 */
export function participantsChange(
	operation: 'add' | 'remove',
	method: 'POST' | 'DELETE',
	people: string,
): Pick<OperationModule, 'description' | 'execute'> {
	const description = showFor('participant', operation)([
		requestLocator,
		{ ...accountIdsParameter, description: `${people} ${accountIdsParameter.description}.` },
	]);
	async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
		const key = requestKeyParameter(this, itemIndex);
		const accountIds = accountIdsOf(this, itemIndex, await deploymentOf(this));
		const page = (await jsmApiRequest.call(this, {
			method,
			path: `/rest/servicedeskapi/request/${key}/participant`,
			body: { accountIds },
			itemIndex,
			// Adding someone who already participates (or removing someone who does not) changes nothing, so a retry is safe.
			idempotent: true,
		})) as IDataObject;
		// Jira answers with the first page of the participants after the change.
		return this.helpers.returnJsonArray({ requestKey: key, participants: (page.values ?? []) as IDataObject[] });
	}
	return { description, execute };
}
