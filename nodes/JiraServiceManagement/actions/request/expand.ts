import type { IExecuteFunctions } from 'n8n-workflow';

import { includeOption, includeParameter } from '../../helpers/parameters';

/** What `expand` can add to a request, per Atlassian's getCustomerRequests documentation. */
export const requestExpandOption = includeOption('Extra details to include with each request (ignored when Simplify is on)', [
	{ name: 'Actions', value: 'action' },
	{ name: 'Attachments', value: 'attachment' },
	{ name: 'Comments', value: 'comment' },
	{ name: 'Participants', value: 'participant' },
	{ name: 'Request Type', value: 'requestType' },
	{ name: 'Service Desk', value: 'serviceDesk' },
	{ name: 'SLAs', value: 'sla' },
	{ name: 'Status History', value: 'status' },
]);

/** What to expand: the chosen details, or only the request type Simplify needs for its summary. */
export function requestExpandOf(context: IExecuteFunctions, itemIndex: number, simplify: boolean): string[] {
	return simplify ? ['requestType'] : includeParameter(context, itemIndex);
}
