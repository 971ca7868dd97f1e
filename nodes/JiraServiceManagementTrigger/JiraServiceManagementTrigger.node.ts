import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { credentialTest } from '../JiraServiceManagement/methods';
import { DEFAULT_MAX_DELIVERY_AGE_MINUTES, deliveryProblem } from './trigger/authenticity';
import { isFirstDelivery } from './trigger/deliveries';
import { triggerProperties } from './trigger/description';
import { classify } from './trigger/events';
import type { TriggerFilters } from './trigger/filters';
import { passesFilters } from './trigger/filters';
import { getRequestTypes, getServiceDeskProjects } from './trigger/loadOptions';
import { eventOutput } from './trigger/output';
import { requestTypeOfDelivery } from './trigger/requestType';
import {
	createWebhook,
	deleteWebhook,
	refreshDynamicWebhooks,
	webhookExists,
	type Registration,
} from './trigger/registration';

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
		const payload = this.getBodyData() as IDataObject;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const maxAge = Number(options.maxDeliveryAgeMinutes ?? DEFAULT_MAX_DELIVERY_AGE_MINUTES);
		const problem = await deliveryProblem.call(this, registration, rawBody, payload, maxAge > 0 ? maxAge : DEFAULT_MAX_DELIVERY_AGE_MINUTES);
		if (problem) {
			this.logger.warn(`Jira Service Management Trigger refused a delivery (401): ${problem}`, {
				workflowId: this.getWorkflow().id,
				node: this.getNode().name,
			});
			this.getResponseObject().status(401).json({ message: 'Invalid, missing or expired webhook signature' });
			return { noWebhookResponse: true };
		}
		const event = classify(payload, this.getNodeParameter('events', []) as string[]);
		if (!event) return { webhookResponse: 'ignored' };
		const filters = filtersOf(this);
		const requestType = await requestTypeOfDelivery.call(this, payload, filters);
		if (!passesFilters(payload, filters, requestType)) return { webhookResponse: 'ignored' };
		const identifier = headers['x-atlassian-webhook-identifier'];
		const scope = `${this.getWorkflow().id}:${this.getNode().name}`;
		if (!isFirstDelivery(registration, typeof identifier === 'string' ? identifier : undefined, scope)) {
			return { webhookResponse: 'duplicate' };
		}
		if (registration.kind === 'dynamic') await refreshDynamicWebhooks.call(this, registration);
		return { workflowData: [this.helpers.returnJsonArray(eventOutput(event, payload, options.includeRaw === true, requestType))] };
	}
}
