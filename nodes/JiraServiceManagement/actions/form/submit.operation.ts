import { formActionOperation } from './formAction';

// Jira checks the required questions; a form that locks on submit can then be reopened by project administrators
// only (developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/).
export const { option, kind, api, description, execute } = formActionOperation({
	name: 'Submit',
	value: 'submit',
	description: 'Submit a form on a request (its required questions must be answered)',
	action: 'Submit a form',
});
