import type {
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

/** Every n8n context our nodes talk to Jira from: execute, editor callbacks, trigger hooks, polls. */
export type JsmContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions
	| IPollFunctions;

export const API_TOKEN_CREDENTIAL = 'jiraServiceManagementApi';
export const CONNECTED_APP_CREDENTIAL = 'jiraServiceManagementOAuth2Api';

/** The credential type the node is set to use (the `authentication` parameter, default API token). */
export function credentialTypeOf(context: JsmContext): string {
	const authentication = context.getNode().parameters.authentication;
	return authentication === 'oAuth2' ? CONNECTED_APP_CREDENTIAL : API_TOKEN_CREDENTIAL;
}
