import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { deploymentOf, jsmApiRequest } from '../../shared/transport';

/**
 * Where and how a site registers admin webhooks. Jira Cloud and Jira Data Center 9 use /rest/webhooks/1.0/webhook;
 * Data Center 10 moved them to /rest/jira-webhook/1.0/webhooks, with numeric ids and the signing secret under
 * `configuration.SECRET` (Atlassian "Managing webhooks", confluence.atlassian.com/adminjiraserver/managing-webhooks-938846912.html;
 * n8n issue #12351, whose fix switches on serverInfo's major version). Jira 9 has no webhook secret, and this trigger
 * accepts signed deliveries only, so it refuses to register there.
 */
export interface AdminWebhookApi {
	path: string;
	/** The webhook's id in a list entry or a creation answer. */
	idOf(webhook: IDataObject): string;
	/** The registration body, with the secret where this API reads it. */
	body(webhook: IDataObject, secret: string): IDataObject;
}

const CLOUD_ADMIN_WEBHOOKS_PATH = '/rest/webhooks/1.0/webhook';
const DATA_CENTER_10_PATH = '/rest/jira-webhook/1.0/webhooks';

const selfId = (webhook: IDataObject) => String(webhook.self ?? '').split('/').pop() ?? '';

const CLOUD: AdminWebhookApi = {
	path: CLOUD_ADMIN_WEBHOOKS_PATH,
	idOf: selfId,
	body: (webhook, secret) => ({ ...webhook, secret }),
};

const DATA_CENTER_10: AdminWebhookApi = {
	path: DATA_CENTER_10_PATH,
	idOf: (webhook) => String(webhook.id ?? selfId(webhook)),
	body: (webhook, secret) => ({ ...webhook, active: true, configuration: { SECRET: secret, EXCLUDE_BODY: 'false' } }),
};

/** The site's admin webhook API: Cloud's, or by Data Center's major version from GET /rest/api/2/serverInfo. */
export async function adminWebhookApi(this: IHookFunctions): Promise<AdminWebhookApi> {
	if ((await deploymentOf(this)) === 'cloud') return CLOUD;
	const info = ((await jsmApiRequest.call(this, { method: 'GET', path: '/rest/api/2/serverInfo' })) ?? {}) as IDataObject;
	const versionNumbers = Array.isArray(info.versionNumbers) ? (info.versionNumbers as unknown[]).map(Number) : [];
	const major = versionNumbers[0];
	if (typeof major === 'number' && major >= 10) return DATA_CENTER_10;
	const version = typeof info.version === 'string' ? info.version : versionNumbers.join('.') || 'of unknown version';
	// n8n 2.x reports a failed activation with the message only, so the message says what to do.
	throw new NodeOperationError(
		this.getNode(),
		`This Jira Data Center (${version}) cannot sign webhooks: a webhook secret needs Jira 10 or newer, and this trigger accepts signed deliveries only. ` +
			'Use the Jira Service Management Poll Trigger instead, or upgrade Jira to 10',
	);
}
