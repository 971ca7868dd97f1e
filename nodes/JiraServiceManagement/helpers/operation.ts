import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

/** The five activity kinds service desk connectors use; Get counts as Query. */
export type OperationKind = 'Query' | 'Create' | 'Update' | 'Delete' | 'Execute';

/** An operation's entry in its resource's Operation dropdown. */
export interface OperationOption {
	name: string;
	value: string;
	description: string;
	action: string;
}

/** What every `<operation>.operation.ts` exports: its dropdown entry, parameters, API calls and handler together. */
export interface OperationModule {
	option: OperationOption;
	kind: OperationKind;
	/** The API operations it calls, `METHOD /path/template` exactly as in Atlassian's OpenAPI files. */
	api: string[];
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}

/** Shows an operation's parameters only when its resource and operation are selected. */
export function showFor(resource: string, operation: string) {
	return (properties: INodeProperties[]): INodeProperties[] =>
		properties.map((property) => {
			const displayOptions = property.displayOptions ?? {};
			return {
				...property,
				displayOptions: {
					...displayOptions,
					show: { ...displayOptions.show, resource: [resource], operation: [operation] },
				},
			};
		});
}
