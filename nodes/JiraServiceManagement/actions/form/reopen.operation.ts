import { formActionOperation } from './formAction';

// A locked form needs a project administrator to reopen (developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/).
export const { option, kind, api, description, execute } = formActionOperation({
	name: 'Reopen',
	value: 'reopen',
	description: 'Reopen a submitted form on a request so its answers can change',
	action: 'Reopen a form',
});
