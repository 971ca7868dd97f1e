import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { appWebhooks, expiryOf, REFRESH_PATH } from '../../../shared/helpers/dynamicWebhooks';
import type { OperationKind, OperationOption } from '../../helpers/operation';
import { showFor } from '../../helpers/operation';
import { CONNECTED_APP_CREDENTIAL, credentialTypeOf, jsmApiRequest } from '../../../shared/transport';

export const option: OperationOption = {
	name: 'Refresh App Webhooks',
	value: 'refreshAppWebhooks',
	description:
		'Extend the 30-day life of every dynamic webhook of the OAuth2 app (the OAuth2 trigger\'s), so a quiet service desk does not lose its trigger',
	action: 'Refresh app webhooks',
};

export const kind: OperationKind = 'Execute';

export const api = ['GET /rest/api/3/webhook', 'PUT /rest/api/3/webhook/refresh'];

const properties: INodeProperties[] = [
	{
		displayName:
			'Jira deletes an OAuth2 app\'s dynamic webhooks 30 days after they were registered or last refreshed. The trigger refreshes its own on activation, on n8n start and on deliveries; run this on a schedule (e.g. daily) so a quiet service desk keeps its trigger too.',
		name: 'refreshNotice',
		type: 'notice',
		default: '',
	},
];

export const description = showFor('site', 'refreshAppWebhooks')(properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	if (credentialTypeOf(this) !== CONNECTED_APP_CREDENTIAL) {
		throw new NodeOperationError(
			this.getNode(),
			'Refresh App Webhooks needs the OAuth2 credential: only OAuth2 apps have dynamic webhooks (admin webhooks of an API token do not expire)',
			{ itemIndex },
		);
	}
	const webhooks = await appWebhooks.call(this, itemIndex);
	const webhookIds = webhooks.map((webhook) => Number(webhook.id)).filter(Number.isInteger);
	if (!webhookIds.length) return this.helpers.returnJsonArray({ refreshed: 0, webhookIds: [] });
	const answer = await jsmApiRequest.call(this, { method: 'PUT', path: REFRESH_PATH, body: { webhookIds }, itemIndex });
	const expires = expiryOf(answer as never);
	return this.helpers.returnJsonArray({
		refreshed: webhookIds.length,
		webhookIds,
		urls: [...new Set(webhooks.map((webhook) => webhook.url))],
		expirationDate: expires === undefined ? undefined : new Date(expires).toISOString(),
	});
}
