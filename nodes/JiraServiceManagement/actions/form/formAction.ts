import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationModule, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { requestLocator } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';
import { formIdProperty, formPath } from './formId';

/** One of the Forms API's `PUT .../form/{formId}/action/<action>` calls; the answer (status, visibility) with the form's ID. */
export async function formAction(context: IExecuteFunctions, itemIndex: number, action: string): Promise<INodeExecutionData[]> {
	const path = formPath(context, itemIndex);
	const answer = (await jsmApiRequest.call(context, { api: 'forms', method: 'PUT', path: `${path}/action/${action}`, itemIndex })) as IDataObject;
	return context.helpers.returnJsonArray({ formId: path.slice(path.lastIndexOf('/') + 1), ...answer });
}

/** Form → Submit and Reopen: the form action named by the operation's value, on the request's form. */
export function formActionOperation(option: OperationOption): OperationModule {
	return {
		option,
		kind: 'Execute',
		api: [`PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/${option.value}`],
		description: showFor('form', option.value)([requestLocator, formIdProperty]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			return await formAction(this, itemIndex, option.value);
		},
	};
}
