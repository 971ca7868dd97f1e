import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as credentialTest from '../JiraServiceManagement/methods/credentialTest';
import { CONNECTED_APP_CREDENTIAL, credentialTypeOf } from '../JiraServiceManagement/transport';
import { isFirstDelivery } from './trigger/deliveries';
import { triggerProperties } from './trigger/description';
import { classify } from './trigger/events';
import type { TriggerFilters } from './trigger/filters';
import { passesFilters } from './trigger/filters';
import { getRequestTypes, getServiceDeskProjects } from './trigger/loadOptions';
import { eventOutput } from './trigger/output';
import {
	createWebhook,
	deleteWebhook,
	refreshDynamicWebhooks,
	webhookExists,
	type Registration,
} from './trigger/registration';
import { isValidAppJwt, isValidHubSignature } from './trigger/signature';

function filtersOf(context: IHookFunctions | IWebhookFunctions): TriggerFilters {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	return {
		projectKeys: (context.getNodeParameter('serviceDesks', []) as string[]).map(String),
		requestTypeIds: (context.getNodeParameter('requestTypes', []) as string[]).map(String),
		jql: String(options.jql ?? ''),
		commentVisibility: (options.commentVisibility as TriggerFilters['commentVisibility']) ?? 'all',
	};
}

export class JiraServiceManagementTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Jira Service Management Trigger',
		name: 'jiraServiceManagementTrigger',
		icon: { light: 'file:jsm.svg', dark: 'file:jsm.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when a Jira Service Management request, comment, attachment or user changes',
		defaults: { name: 'Jira Service Management Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'jiraServiceManagementApi',
				testedBy: 'jiraServiceManagementApiTest',
				required: true,
				displayOptions: { show: { authentication: ['apiToken'] } },
			},
			{
				name: 'jiraServiceManagementOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: triggerProperties,
	};

	// The credential dialog's test: n8n may look it up on any node that uses the credential.
	methods = { credentialTest, loadOptions: { getServiceDeskProjects, getRequestTypes } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhookExists.call(this, this.getWorkflowStaticData('node') as Registration);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const registration = this.getWorkflowStaticData('node') as Registration;
				await createWebhook.call(this, registration, {
					events: this.getNodeParameter('events', []) as string[],
					filters: filtersOf(this),
				});
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				await deleteWebhook.call(this, this.getWorkflowStaticData('node') as Registration);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const registration = this.getWorkflowStaticData('node') as Registration;
		const request = this.getRequestObject();
		const rawBody = (request as unknown as { rawBody?: Buffer }).rawBody ?? Buffer.from(JSON.stringify(request.body ?? {}));
		const headers = this.getHeaderData();
		const authentic =
			credentialTypeOf(this) === CONNECTED_APP_CREDENTIAL
				? isValidAppJwt(headers.authorization, String((await this.getCredentials(CONNECTED_APP_CREDENTIAL)).clientSecret ?? ''))
				: isValidHubSignature(rawBody, headers['x-hub-signature'], String(registration.secret ?? ''));
		if (!authentic) {
			this.getResponseObject().status(401).json({ message: 'Invalid or missing webhook signature' });
			return { noWebhookResponse: true };
		}
		const payload = this.getBodyData() as IDataObject;
		const event = classify(payload, this.getNodeParameter('events', []) as string[]);
		if (!event || !passesFilters(payload, filtersOf(this))) return { webhookResponse: 'ignored' };
		const identifier = headers['x-atlassian-webhook-identifier'];
		const scope = `${this.getWorkflow().id}:${this.getNode().name}`;
		if (!isFirstDelivery(registration, typeof identifier === 'string' ? identifier : undefined, scope)) {
			return { webhookResponse: 'duplicate' };
		}
		if (registration.kind === 'dynamic') await refreshDynamicWebhooks.call(this, registration);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		return { workflowData: [this.helpers.returnJsonArray(eventOutput(event, payload, options.includeRaw === true))] };
	}
}
