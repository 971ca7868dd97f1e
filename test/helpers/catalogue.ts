import type { OperationModule } from '../../nodes/JiraServiceManagement/helpers/operation';
import { resources } from '../../nodes/JiraServiceManagement/actions/resources';

export interface CatalogueEntry {
	resource: string;
	operation: string;
	module: OperationModule;
}

/** Every operation of the action node, read from the code the node itself runs. */
export const catalogue: CatalogueEntry[] = Object.entries(resources).flatMap(([resource, { operations }]) =>
	Object.entries(operations as Record<string, OperationModule>).map(([operation, module]) => ({
		resource,
		operation,
		module,
	})),
);
