import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationModule, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestKeyParameter, requestLocator } from '../../helpers/parameters';
import { deploymentOf, jsmApiRequest } from '../../../shared/transport';
import { accountIdsOf, accountIdsParameter } from './accountIds';

/**
 * Participant → Add and Remove send the same body (`accountIds`) to the same path and differ only in the method,
 * so the pair shares one declaration; each gives its method, dropdown entry and what its Account IDs are for (`people`).
 */
export function participantsChange(method: 'POST' | 'DELETE', option: OperationOption, people: string): OperationModule {
	const description = showFor('participant', option.value)([
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
	return {
		option,
		kind: method === 'POST' ? 'Create' : 'Delete',
		api: [`${method} /rest/servicedeskapi/request/{issueIdOrKey}/participant`],
		description,
		execute,
	};
}
