import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { multiOptionsParameter, simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Check My Permissions',
	value: 'checkMyPermissions',
	description: 'Check whether the connected account holds permissions such as Administer Jira or Browse Projects',
	action: 'Check my permissions',
};

export const kind: OperationKind = 'Execute';

export const api = ['GET /rest/api/3/mypermissions'];

const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/i;

const PERMISSIONS: Array<[string, string]> = [
	['ADD_COMMENTS', 'Add Comments'],
	['ADMINISTER', 'Administer Jira'],
	['ADMINISTER_PROJECTS', 'Administer Projects'],
	['ASSIGN_ISSUES', 'Assign Issues'],
	['ASSIGNABLE_USER', 'Assignable User'],
	['BROWSE_PROJECTS', 'Browse Projects'],
	['USER_PICKER', 'Browse Users and Groups'],
	['CLOSE_ISSUES', 'Close Issues'],
	['CREATE_ATTACHMENTS', 'Create Attachments'],
	['CREATE_ISSUES', 'Create Issues'],
	['DELETE_ALL_ATTACHMENTS', 'Delete All Attachments'],
	['DELETE_ALL_COMMENTS', 'Delete All Comments'],
	['DELETE_ISSUES', 'Delete Issues'],
	['EDIT_ALL_COMMENTS', 'Edit All Comments'],
	['EDIT_ISSUES', 'Edit Issues'],
	['SYSTEM_ADMIN', 'Jira System Administrators'],
	['MANAGE_WATCHERS', 'Manage Watchers'],
	['RESOLVE_ISSUES', 'Resolve Issues'],
	['SERVICEDESK_AGENT', 'Service Project Agent'],
	['CREATE_SHARED_OBJECTS', 'Share Dashboards and Filters'],
	['TRANSITION_ISSUES', 'Transition Issues'],
];

const properties: INodeProperties[] = [
	{
		displayName: 'Permissions',
		name: 'permissions',
		type: 'multiOptions',
		required: true,
		default: ['ADMINISTER'],
		description:
			'The permissions to check for the connected account; Administer Jira is what the trigger needs to register its webhook',
		options: PERMISSIONS.map(([value, name]) => ({ name, value })),
	},
	{
		displayName: 'Project Key',
		name: 'projectKey',
		type: 'string',
		default: '',
		placeholder: 'ITS',
		description: 'Check project permissions in this project (e.g. ITS); leave empty to check them in any project',
	},
	{
		...simplifyOption,
		description: 'Whether to return only { permission key: true or false } instead of the full permission details',
	},
];

export const description = showFor('site', 'checkMyPermissions')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const permissions = multiOptionsParameter(this, itemIndex, 'permissions', 'Permissions');
	if (!permissions.length) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: choose at least one permission to check`, {
			itemIndex,
		});
	}
	const projectKey = String(this.getNodeParameter('projectKey', itemIndex, '') ?? '').trim();
	if (projectKey && !PROJECT_KEY.test(projectKey)) {
		throw new NodeOperationError(
			this.getNode(),
			`Item ${itemIndex}: the Project Key "${projectKey}" is not a project key, for example ITS`,
			{ itemIndex },
		);
	}
	const qs: IDataObject = { permissions: permissions.join(',') };
	if (projectKey) qs.projectKey = projectKey.toUpperCase();
	const response = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: '/rest/api/3/mypermissions',
		qs,
		itemIndex,
	})) as IDataObject;
	if (!simplifyParameter(this, itemIndex)) return this.helpers.returnJsonArray(response);
	const details = (response.permissions ?? {}) as Record<string, IDataObject>;
	const simple: IDataObject = {};
	for (const key of permissions) simple[key] = details[key]?.havePermission === true;
	return this.helpers.returnJsonArray(simple);
}
