import type { IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { appWebhooks, WEBHOOKS_PATH } from '../../shared/helpers/dynamicWebhooks';
import { jsmApiRequest } from '../../shared/transport';
import { DYNAMIC_JQL_FIELDS, dynamicJqlProblem } from './dynamicJql';
import type { TriggerFilters } from '../../shared/trigger/filters';
import type { Registration } from './registration';

// The rules Jira sets for OAuth2 apps' dynamic webhooks, checked before registering one.

/** Refuses custom JQL outside the subset dynamic webhooks take, before Jira is asked. */
export function assertDynamicJql(context: IHookFunctions, filters: TriggerFilters): void {
	const jql = filters.jql.trim();
	const problem = jql ? dynamicJqlProblem(jql) : undefined;
	if (!problem) return;
	throw new NodeOperationError(
		context.getNode(),
		`The custom JQL "${jql}" cannot filter an OAuth2 trigger: ${problem}. Jira's dynamic webhooks take only the fields ` +
			`${DYNAMIC_JQL_FIELDS.join(', ')} with =, !=, IN or NOT IN, joined by AND / OR. ` +
			'Narrow the JQL to those, or use an API token credential of a Jira admin (any JQL) or the Jira Service Management Poll Trigger',
	);
}

/**
 * Jira keeps one webhook URL per OAuth app ("Only a single URL per app is allowed to be registered"): a
 * second trigger on the same app would be accepted and then get nothing, or take the first one's
 * deliveries. So this app's webhooks for another URL stop the activation; its leftovers for this URL
 * (this trigger's own, from an earlier activation) are removed first.
 */
export async function claimAppUrl(this: IHookFunctions, registration: Registration, url: string): Promise<void> {
	const webhooks = await appWebhooks.call(this);
	const known = new Set(registration.webhookIds ?? []);
	const others = webhooks.filter((webhook) => webhook.url !== url && !known.has(Number(webhook.id)));
	if (others.length) {
		const urls = [...new Set(others.map((webhook) => String(webhook.url)))];
		throw new NodeOperationError(
			this.getNode(),
			`This OAuth2 app already has dynamic webhooks for ${urls.join(', ')} (another trigger: ids ${others.map((webhook) => webhook.id).join(', ')}). ` +
				'Jira allows one webhook URL per app, so a second trigger on the same app would silently break one of them. ' +
				'Use one trigger per OAuth2 app (a separate app for each workflow), an API token credential of a Jira admin, or the Jira Service Management Poll Trigger; ' +
				'if that trigger no longer exists, delete its webhooks (DELETE /rest/api/3/webhook with those ids, e.g. through Site → Custom API Call)',
		);
	}
	const leftovers = webhooks.filter((webhook) => webhook.url === url || known.has(Number(webhook.id)));
	if (leftovers.length) {
		await jsmApiRequest.call(this, {
			method: 'DELETE',
			path: WEBHOOKS_PATH,
			body: { webhookIds: leftovers.map((webhook) => Number(webhook.id)) },
			acceptNotFound: true,
		});
	}
}
