import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { jsmApiRequest, segment } from '../../shared/transport';

/**
 * The form templates of the chosen request's project ("Get forms" of a project:
 * developer.atlassian.com/cloud/forms/rest/api-group-forms-on-project/). The project is the request key's prefix.
 */
export async function searchFormTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const request = String(this.getCurrentNodeParameter('request', { extractValue: true }) ?? '').trim();
	const project = /^([A-Z][A-Z0-9_]*)-[0-9]+$/i.exec(request)?.[1];
	if (!project) {
		throw new NodeOperationError(this.getNode(), 'Choose the request by its key (such as ITS-42) first: its project holds the form templates');
	}
	const templates = (await jsmApiRequest.call(this, { api: 'forms', method: 'GET', path: `/project/${segment(project.toUpperCase())}/form` })) as IDataObject[];
	const needle = (filter ?? '').trim().toLowerCase();
	const results = templates
		.filter((template) => String(template.name ?? '').toLowerCase().includes(needle))
		.map((template) => ({ name: String(template.name), value: String(template.id) }));
	return { results };
}
