import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	API_TOKEN_CREDENTIAL,
	CONNECTED_APP_CREDENTIAL,
	credentialTypeOf,
	jsmApiRequest,
	type JsmContext,
} from '../../shared/transport';
import { appWebhooks, expiryOf, REFRESH_PATH, WEBHOOKS_PATH } from '../../shared/helpers/dynamicWebhooks';
import { adminWebhookApi } from './adminWebhookApi';
import { assertDynamicJql, claimAppUrl } from './dynamicRules';
import { EVENTS_WITHOUT_ISSUE, eventsWithoutDynamicSupport, jiraEventsFor, TRIGGER_EVENTS } from '../../shared/trigger/events';
import { registrationJql, type TriggerFilters } from '../../shared/trigger/filters';
import { assertAdministerJira, hasAdministerJira } from './permissions';
import { secretFingerprint, webhookSecretFor } from './secret';

/** Dynamic webhooks expire after 30 days; refresh when less than this is left. */
const REFRESH_BEFORE_MS = 10 * 24 * 3600 * 1000;

/** What the trigger remembers about its registration, in the workflow's static data. */
export interface Registration extends IDataObject {
	kind?: 'admin' | 'dynamic';
	webhookId?: string;
	webhookIds?: number[];
	/** One-way fingerprint of the secret the admin webhook was registered with (the secret itself is never kept). */
	secretFingerprint?: string;
	expiresAt?: number;
	url?: string;
}

export interface TriggerSettings {
	events: string[];
	filters: TriggerFilters;
}

function isApp(context: IHookFunctions): boolean {
	return credentialTypeOf(context) === CONNECTED_APP_CREDENTIAL;
}

function webhookUrl(context: IHookFunctions): string {
	return context.getNodeWebhookUrl('default') as string;
}

/** The signing secret of this trigger's admin webhook, derived from its credential (see secret.ts). */
export async function adminWebhookSecret(this: JsmContext, url: string): Promise<string> {
	return webhookSecretFor(await this.getCredentials(API_TOKEN_CREDENTIAL), url);
}

/**
 * Finds this workflow's own webhook: reuse it when it was registered with the secret the credential gives
 * today, remove stale copies otherwise (a rotated token, or a registration of an earlier version).
 */
export async function webhookExists(this: IHookFunctions, registration: Registration): Promise<boolean> {
	const url = webhookUrl(this);
	if (isApp(this)) return await dynamicWebhookExists.call(this, registration, url);
	await assertAdministerJira.call(this);
	const api = await adminWebhookApi.call(this);
	const webhooks = ((await jsmApiRequest.call(this, { method: 'GET', path: api.path })) ?? []) as IDataObject[];
	const ours = webhooks.filter((webhook) => webhook.url === url);
	const current = secretFingerprint(await adminWebhookSecret.call(this, url));
	const reusable = ours.find(
		(webhook) =>
			registration.kind === 'admin' &&
			registration.secretFingerprint === current &&
			api.idOf(webhook) === registration.webhookId,
	);
	for (const stale of ours.filter((webhook) => webhook !== reusable)) {
		await jsmApiRequest.call(this, { method: 'DELETE', path: `${api.path}/${encodeURIComponent(api.idOf(stale))}` });
	}
	return reusable !== undefined;
}

async function dynamicWebhookExists(this: IHookFunctions, registration: Registration, url: string): Promise<boolean> {
	if (registration.kind !== 'dynamic' || !registration.webhookIds?.length || registration.url !== url) return false;
	const live = new Set((await appWebhooks.call(this)).map((webhook) => Number(webhook.id)));
	if (!registration.webhookIds.every((id) => live.has(id))) return false;
	await refreshDynamicWebhooks.call(this, registration, true);
	return true;
}

/** Extends dynamic webhooks before their 30-day expiry (on activation, and lazily on deliveries). */
export async function refreshDynamicWebhooks(
	this: JsmContext,
	registration: Registration,
	force = false,
): Promise<void> {
	if (registration.kind !== 'dynamic' || !registration.webhookIds?.length) return;
	if (!force && registration.expiresAt && registration.expiresAt - Date.now() > REFRESH_BEFORE_MS) return;
	const answer = (await jsmApiRequest.call(this, {
		method: 'PUT',
		path: REFRESH_PATH,
		body: { webhookIds: registration.webhookIds },
	})) as IDataObject;
	registration.expiresAt = expiryOf(answer) ?? Date.now() + 30 * 24 * 3600 * 1000;
}

/** Dynamic webhooks (OAuth2 apps) carry issue and comment events only. */
function isDynamicEvent(event: string): boolean {
	return event.startsWith('jira:issue') || event.startsWith('comment_');
}

/**
 * Refuses, before registering, events that the service desk or request type filter cannot be applied
 * to: they would start the workflow for every service desk and request type.
 */
function assertFilterable(context: IHookFunctions, events: string[], filters: TriggerFilters): void {
	if (!filters.projectKeys.length && !filters.requestTypeIds.length) return;
	const unfilterable = events.filter((event) => EVENTS_WITHOUT_ISSUE.includes(event));
	if (!unfilterable.length) return;
	const names = TRIGGER_EVENTS.filter((event) => event.jiraEvents.some((jiraEvent) => unfilterable.includes(jiraEvent))).map(
		(event) => event.name,
	);
	throw new NodeOperationError(
		context.getNode(),
		`The service desk and request type filters cannot be applied to ${names.join(' and ')}: Jira sends attachment events without the request they belong to. ` +
			'Remove those events (choose the events instead of "Any Event") or clear the service desk and request type filters',
	);
}

export async function createWebhook(this: IHookFunctions, registration: Registration, settings: TriggerSettings): Promise<void> {
	const url = webhookUrl(this);
	const events = jiraEventsFor(settings.events);
	const jql = registrationJql(settings.filters);
	assertFilterable(this, isApp(this) ? events.filter(isDynamicEvent) : events, settings.filters);
	if (isApp(this)) {
		const unsupported = eventsWithoutDynamicSupport(settings.events);
		if (unsupported.length && !settings.events.includes('*')) {
			throw new NodeOperationError(this.getNode(), `With OAuth2, Jira cannot send these events: ${unsupported.join(', ')}`, {
				description: 'OAuth2 apps get dynamic webhooks, which carry issue and comment events only. Use an API token credential of a Jira admin for the others.',
			});
		}
		assertDynamicJql(this, settings.filters);
		await claimAppUrl.call(this, registration, url);
		const dynamicEvents = events.filter(isDynamicEvent);
		const answer = (await jsmApiRequest.call(this, {
			method: 'POST',
			path: WEBHOOKS_PATH,
			// Dynamic webhooks require a JQL filter (only =, !=, IN, NOT IN); this one matches every issue. A
			// made-up project name would not: Jira refuses JQL naming a project that does not exist.
			body: { url, webhooks: [{ events: dynamicEvents, jqlFilter: jql || 'project != null' }] },
		})) as IDataObject;
		const results = (answer.webhookRegistrationResult ?? []) as IDataObject[];
		const failures = results.flatMap((result) => (result.errors ?? []) as string[]);
		if (failures.length) throw new NodeOperationError(this.getNode(), `Jira refused the webhook: ${failures.join('; ')}`);
		for (const key of Object.keys(registration)) delete registration[key];
		Object.assign(registration, {
			kind: 'dynamic',
			url,
			webhookIds: results.map((result) => Number(result.createdWebhookId)),
			expiresAt: Date.now() + 30 * 24 * 3600 * 1000,
		});
		return;
	}
	const api = await adminWebhookApi.call(this);
	const secret = await adminWebhookSecret.call(this, url);
	const webhook = {
		name: `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id} (${this.getNode().name})`,
		url,
		events,
		filters: { 'issue-related-events-section': jql },
		excludeBody: false,
	};
	const created = (await jsmApiRequest.call(this, {
		method: 'POST',
		path: api.path,
		body: api.body(webhook, secret),
		subject: 'the webhook',
	})) as IDataObject;
	// Whatever an earlier version kept (a stored secret included) goes.
	for (const key of Object.keys(registration)) delete registration[key];
	Object.assign(registration, {
		kind: 'admin',
		url,
		webhookId: api.idOf(created ?? {}),
		secretFingerprint: secretFingerprint(secret),
	});
}

export async function deleteWebhook(this: IHookFunctions, registration: Registration): Promise<void> {
	// A webhook already gone in Jira (404) is what we wanted; any other failure surfaces.
	if (registration.kind === 'dynamic' && registration.webhookIds?.length) {
		await jsmApiRequest.call(this, {
			method: 'DELETE',
			path: WEBHOOKS_PATH,
			body: { webhookIds: registration.webhookIds },
			acceptNotFound: true,
		});
	} else if (!isApp(this) && (registration.kind === 'admin' || (await hasAdministerJira.call(this)))) {
		// Every admin webhook for this trigger's URL goes, the recorded one included: the static data n8n hands
		// back on deactivation may be an older copy without the registration (seen with n8n 1.123). An account
		// without Administer Jira cannot have registered one, so Jira's webhooks are not asked for then.
		const url = webhookUrl(this);
		const api = await adminWebhookApi.call(this);
		const webhooks = ((await jsmApiRequest.call(this, { method: 'GET', path: api.path })) ?? []) as IDataObject[];
		const ids = new Set(webhooks.filter((webhook) => webhook.url === url).map((webhook) => api.idOf(webhook)));
		if (registration.webhookId) ids.add(registration.webhookId);
		for (const id of ids) {
			await jsmApiRequest.call(this, { method: 'DELETE', path: `${api.path}/${encodeURIComponent(id)}`, acceptNotFound: true });
		}
	}
	for (const key of Object.keys(registration)) delete registration[key];
}
