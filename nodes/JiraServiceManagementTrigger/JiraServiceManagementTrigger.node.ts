import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as credentialTest from '../shared/methods/credentialTest';
import { DEFAULT_MAX_DELIVERY_AGE_MINUTES, deliveryProblem } from './trigger/authenticity';
import { isFirstDelivery } from './trigger/deliveries';
import { triggerProperties } from './trigger/description';
import { classify } from '../shared/trigger/events';
import { includeRawOf, passesFilters, triggerFiltersOf } from '../shared/trigger/filters';
import { getRequestTypes, getServiceDeskProjects } from '../shared/trigger/loadOptions';
import { eventOutput } from '../shared/trigger/output';
import { requestTypeOfDelivery } from './trigger/requestType';
import {
	createWebhook,
	deleteWebhook,
	refreshDynamicWebhooks,
	webhookExists,
	type Registration,
} from './trigger/registration';

export class JiraServiceManagementTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Jira Service Management Trigger',
		name: 'jiraServiceManagementTrigger',
		icon: { light: 'file:jsm.svg', dark: 'file:jsm.dark.svg' },
		group: ['trigger'],
		// 1.1 behaves as 1. n8n treats every version-1 webhook node as its first Webhook node and evaluates an
		// expression (its binaryData option) through the expression engine on each delivery; 1.1 is spared that.
		version: [1, 1.1],
		defaultVersion: 1.1,
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
				const options = this.getNodeParameter('options', {}) as IDataObject;
				// Checked before registering: an option no delivery could use fails the activation, naming the field.
				includeRawOf(this, options);
				await createWebhook.call(this, registration, {
					events: this.getNodeParameter('events', []) as string[],
					filters: triggerFiltersOf(this, options),
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
		// Every parameter is read once per delivery: each read goes through n8n's expression engine.
		const registration = this.getWorkflowStaticData('node') as Registration;
		const request = this.getRequestObject();
		const rawBody = (request as unknown as { rawBody?: Buffer }).rawBody ?? Buffer.from(JSON.stringify(request.body ?? {}));
		const headers = this.getHeaderData();
		const payload = this.getBodyData() as IDataObject;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const maxAge = Number(options.maxDeliveryAgeMinutes ?? DEFAULT_MAX_DELIVERY_AGE_MINUTES);
		const problem = await deliveryProblem.call(this, registration, rawBody, payload, maxAge > 0 ? maxAge : DEFAULT_MAX_DELIVERY_AGE_MINUTES, headers);
		if (problem) {
			this.logger.warn(`Jira Service Management Trigger refused a delivery (401): ${problem}`, {
				workflowId: this.getWorkflow().id,
				node: this.getNode().name,
			});
			this.getResponseObject().status(401).json({ message: 'Invalid, missing or expired webhook signature' });
			return { noWebhookResponse: true };
		}
		// Before the delivery is noted as seen: a refused option must leave Jira's retry of it to start the workflow.
		const includeRaw = includeRawOf(this, options);
		const event = classify(payload, this.getNodeParameter('events', []) as string[]);
		if (!event) return { webhookResponse: 'ignored' };
		const filters = triggerFiltersOf(this, options);
		const requestType = await requestTypeOfDelivery.call(this, payload, filters);
		if (!passesFilters(payload, filters, requestType)) return { webhookResponse: 'ignored' };
		const header = headers['x-atlassian-webhook-identifier'];
		const identifier = typeof header === 'string' && header ? header : undefined;
		const scope = `${this.getWorkflow().id}:${this.getNode().name}`;
		if (!isFirstDelivery(registration, identifier, scope)) return { webhookResponse: 'duplicate' };
		if (registration.kind === 'dynamic') await refreshDynamicWebhooks.call(this, registration);
		const output = eventOutput(event, payload, includeRaw, requestType, identifier);
		return { workflowData: [this.helpers.returnJsonArray(output)] };
	}
}
