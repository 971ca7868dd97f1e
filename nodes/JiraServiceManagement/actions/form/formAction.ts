import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { jsmApiRequest } from '../../../shared/transport';
import { formPath } from './formId';

/** One of the Forms API's `PUT .../form/{formId}/action/<action>` calls; the answer (status, visibility) with the form's ID. */
export async function formAction(context: IExecuteFunctions, itemIndex: number, action: string): Promise<INodeExecutionData[]> {
	const path = formPath(context, itemIndex);
	const answer = (await jsmApiRequest.call(context, { api: 'forms', method: 'PUT', path: `${path}/action/${action}`, itemIndex })) as IDataObject;
	return context.helpers.returnJsonArray({ formId: path.slice(path.lastIndexOf('/') + 1), ...answer });
}
