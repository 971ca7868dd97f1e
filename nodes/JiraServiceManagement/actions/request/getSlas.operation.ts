import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import {
	limitOf,
	numericIdParameter,
	requestKeyParameter,
	requestLocator,
	returnAllOrLimit,
	simplifyOption,
	simplifyParameter,
} from '../../helpers/parameters';
import { JSM_PAGE_SIZE, jsmApiRequest, paginateOffset } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Get SLAs',
	value: 'getSlas',
	description: 'Get the SLAs of a request: goal, time remaining, breached or not',
	action: 'Get service level agreements of a request',
};

export const kind: OperationKind = 'Execute';

export const api = [
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/sla',
	'GET /rest/servicedeskapi/request/{issueIdOrKey}/sla/{slaMetricId}',
];

const properties: INodeProperties[] = [
	requestLocator,
	{
		displayName: 'SLA Metric ID',
		name: 'slaMetricId',
		type: 'string',
		default: '',
		placeholder: '1',
		description: 'Only this SLA (a numeric ID from an earlier Get SLAs); leave empty for every SLA of the request',
	},
	...returnAllOrLimit().map((property) => ({
		...property,
		displayOptions: { show: { ...property.displayOptions?.show, slaMetricId: [''] } },
	})),
	simplifyOption,
];

export const description = showFor('request', 'getSlas')(properties);

const friendly = (duration: unknown) => (duration as IDataObject | undefined)?.friendly;
const iso = (date: unknown) => (date as IDataObject | undefined)?.iso8601;

/** An SLA as one flat record: where the running cycle stands, and how many cycles finished. */
function simplifySla(sla: IDataObject): IDataObject {
	const completed = (sla.completedCycles ?? []) as IDataObject[];
	const ongoing = sla.ongoingCycle as IDataObject | undefined;
	const cycle = ongoing ?? completed[completed.length - 1];
	return {
		id: sla.id,
		name: sla.name,
		ongoing: Boolean(ongoing),
		breached: cycle?.breached,
		paused: ongoing?.paused,
		remaining: friendly(cycle?.remainingTime),
		elapsed: friendly(cycle?.elapsedTime),
		goal: friendly(cycle?.goalDuration),
		breachTime: iso(cycle?.breachTime),
		completedCycles: completed.length,
	};
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const key = requestKeyParameter(this, itemIndex);
	const metricId = String(this.getNodeParameter('slaMetricId', itemIndex, '') ?? '').trim();
	let slas: IDataObject[];
	if (metricId) {
		const slaMetricId = numericIdParameter(this, itemIndex, 'slaMetricId', 'SLA metric');
		const sla = (await jsmApiRequest.call(this, {
			method: 'GET',
			path: `/rest/servicedeskapi/request/${key}/sla/${slaMetricId}`,
			itemIndex,
		})) as IDataObject;
		slas = [sla];
	} else {
		slas = await paginateOffset.call(
			this,
			{ method: 'GET', path: `/rest/servicedeskapi/request/${key}/sla`, itemIndex },
			{ limit: limitOf(this, itemIndex), pageSize: JSM_PAGE_SIZE },
		);
	}
	const simplify = simplifyParameter(this, itemIndex);
	return this.helpers.returnJsonArray(
		slas.map((sla) => ({ requestKey: key, ...(simplify ? simplifySla(sla) : sla) })),
	);
}
