import type { INodePropertyOptions } from 'n8n-workflow';

import { resources } from '../../nodes/JiraServiceManagement/actions/resources';
import type { OperationModule } from '../../nodes/JiraServiceManagement/helpers/operation';
import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';

type ResourceModule = { operations: Record<string, OperationModule>; description: Array<{ options?: unknown }> };

/** The README's operations table, built from what the node itself shows and runs. */
export function operationsTable(): string {
	const properties = new JiraServiceManagement().description.properties;
	const resourceOptions = properties.find((p) => p.name === 'resource')!.options as INodePropertyOptions[];
	const rows = ['| Resource | Operation | Kind | What it does | API operations |', '|---|---|---|---|---|'];
	for (const resource of resourceOptions) {
		const module = (resources as unknown as Record<string, ResourceModule>)[String(resource.value)];
		for (const operation of module.description[0].options as INodePropertyOptions[]) {
			const handler = module.operations[String(operation.value)];
			const api = handler.api.length ? handler.api.map((a) => `\`${a}\``).join('<br>') : 'any (custom call)';
			rows.push(`| ${resource.name} | ${operation.name} | ${handler.kind} | ${operation.description ?? ''} | ${api} |`);
		}
	}
	return rows.join('\n');
}
