import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from './operation';

/**
 * A resource built from its one list of operation modules: the router's map (keyed by each dropdown value), the
 * Operation dropdown (in the list's order) and every operation's parameters, so the three can never disagree.
 */
export function resourceFrom(resource: string, defaultOperation: string, list: OperationModule[]) {
	const operations: Record<string, OperationModule> = Object.fromEntries(
		list.map((operation) => [operation.option.value, operation]),
	);
	const description: INodeProperties[] = [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: list.map((operation) => operation.option),
			default: defaultOperation,
		},
		...list.flatMap((operation) => operation.description),
	];
	return { operations, description };
}
