import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { concurrencyOf, mapInOrder, rateLimitWaitOf, timeoutOf } from '../helpers/concurrency';
import { openGate, setOperationLabel, setRequestTimeout } from '../../shared/transport';
import { findOperation, operationLabel } from './resources';

/**
 * Reads resource and operation, runs the operation once per item (up to Performance → Concurrency items at
 * once), and keeps every item accounted for, in input order, each paired with its input item.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationValue = this.getNodeParameter('operation', 0) as string;
	const operation = findOperation(resource, operationValue);
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationValue}" of "${resource}" is not supported`);
	}

	// One place decides how many items run at once; the transport's gate bounds the run's requests in flight
	// (this many, or the pages one list reads ahead) and slows them all down together on a 429.
	const concurrency = concurrencyOf(this);
	openGate(this, concurrency, rateLimitWaitOf(this));
	setRequestTimeout(this, timeoutOf(this));
	setOperationLabel(this, operationLabel(resource, operationValue));
	const perItem = await mapInOrder(items.length, concurrency, async (itemIndex): Promise<INodeExecutionData[]> => {
		try {
			const results = await operation.execute.call(this, itemIndex);
			return results.map((result) => ({ ...result, pairedItem: { item: itemIndex } }));
		} catch (caught) {
			const error =
				caught instanceof NodeApiError || caught instanceof NodeOperationError
					? caught
					: new NodeOperationError(this.getNode(), caught as Error, { itemIndex });
			error.context.itemIndex ??= itemIndex;
			if (!this.continueOnFail()) throw error;
			return [
				{
					json: { error: error.message, ...(error.description ? { description: error.description } : {}) },
					pairedItem: { item: itemIndex },
				},
			];
		}
	});
	const output: INodeExecutionData[] = [];
	for (const results of perItem) for (const result of results) output.push(result);
	return [output];
}
