// Changes made on the sandbox the way agents make them (through the JSM API and the site's transition
// control), at moments the poll trigger tests choose with the site's settable clock.
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from './sandbox';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { availableTransitions } = require('../sandbox/workflow');

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const ITS_DESK = '1';
export const HR_DESK = '2';

/** Transitions that keep a request open, so it can move again and again. */
const CYCLE = ['11', '21', '71', '41', '31'];

export type Change = () => Promise<unknown>;

export const ceilMinute = (ms: number) => Math.ceil(ms / MINUTE) * MINUTE;

/** A sandbox in Data Center mode knows people by username and takes personal access tokens (test/sandbox/datacenter.js). */
const DC_CUSTOMER = 'casey.customer@sandbox.test';

export function siteActions(sb: Sandbox) {
	let clock = 0;
	type Person = { email: string; token: string; pat?: string; accountId: string };
	const people = () => (sb as unknown as { credentials: Record<string, Person> }).credentials;
	const dataCenter = () => Boolean((sb as unknown as { dataCenter?: unknown }).dataCenter);

	/** Moves the site's clock (it keeps ticking from there). */
	function at(ms: number) {
		clock = ms;
		sb.setNow(ms);
	}

	async function call(method: string, path: string, body: unknown, who: 'agent' | 'admin' = 'agent') {
		const { email, token, pat } = people()[who];
		const response = await fetch(`${sb.url}${path}`, {
			method,
			headers: {
				authorization: dataCenter() ? `Bearer ${pat}` : `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`,
				'content-type': 'application/json',
				accept: 'application/json',
			},
			body: JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
		return text ? (JSON.parse(text) as IDataObject) : {};
	}

	const issueByKey = (key: string) => sb.state.issues.get(sb.state.issueKeys.get(key));

	async function createRequest(summary: string, options: { desk?: string; requestTypeId?: string } = {}) {
		const desk = options.desk ?? ITS_DESK;
		const requestTypeId = options.requestTypeId ?? (desk === ITS_DESK ? '1' : '7');
		const who = desk === ITS_DESK ? 'agent' : 'admin';
		const created = await call(
			'POST',
			'/rest/servicedeskapi/request',
			{ serviceDeskId: desk, requestTypeId, requestFieldValues: { summary }, raiseOnBehalfOf: dataCenter() ? DC_CUSTOMER : people().customer.accountId },
			who,
		);
		return String(created.issueKey);
	}

	const nextTransition = (key: string) =>
		availableTransitions(sb.state, issueByKey(key)).find((candidate: IDataObject) => CYCLE.includes(String(candidate.id)));

	async function transition(key: string) {
		await call('POST', `/sandbox/requests/${key}/transition`, { transitionId: nextTransition(key).id });
	}

	async function comment(key: string, isPublic: boolean) {
		const who = issueByKey(key).projectId === sb.state.serviceDesks.get(ITS_DESK).projectId ? 'agent' : 'admin';
		await call('POST', `/rest/servicedeskapi/request/${key}/comment`, { body: `Note at ${clock}`, public: isPublic }, who);
	}

	/** Requests of the desk that can still move. */
	function deskKeys(desk: string): string[] {
		const projectId = sb.state.serviceDesks.get(desk).projectId;
		return [...sb.state.issues.values()]
			.filter((issue: IDataObject) => issue.projectId === projectId && nextTransition(String(issue.key)))
			.map((issue: IDataObject) => String(issue.key));
	}

	/** Runs `changes` one after the other, the site's clock at `start`, `start + spacing`, ... */
	async function changesAt(start: number, spacing: number, changes: Change[]) {
		for (const [index, change] of changes.entries()) {
			at(start + index * spacing);
			await change();
		}
	}

	/** A mix of changes on ITS requests: new requests, transitions, public replies and internal notes. */
	function itsChanges(counts: { creates: number; transitions: number; comments: number }, keys: string[]): Change[] {
		const changes: Change[] = [];
		for (let i = 0; i < counts.creates; i++) changes.push(() => createRequest(`New request ${clock} ${i}`));
		for (let i = 0; i < counts.transitions; i++) changes.push(() => transition(keys[i % keys.length]));
		for (let i = 0; i < counts.comments; i++) changes.push(() => comment(keys[(i * 7 + 3) % keys.length], i % 2 === 0));
		// Interleave the kinds, deterministically.
		return changes.map((change, i) => ({ change, order: (i * 37) % changes.length })).sort((a, b) => a.order - b.order).map(({ change }) => change);
	}

	/** Answers the request's pending approval as the site admin (one of its approvers). */
	async function answerApproval(key: string, decision: 'approve' | 'decline') {
		const approval = issueByKey(key).approvals.find((candidate: IDataObject) => candidate.finalDecision === 'pending');
		await call('POST', `/rest/servicedeskapi/request/${key}/approval/${approval.id}`, { decision }, 'admin');
	}

	async function addParticipants(key: string, accountIds: string[]) {
		await call('POST', `/rest/servicedeskapi/request/${key}/participant`, { accountIds });
	}

	/** Sets the request's Organizations field (JSM takes organization IDs as numbers). */
	async function setOrganizations(key: string, organizationIds: string[]) {
		await call('PUT', `/rest/api/3/issue/${key}`, { fields: { customfield_10002: organizationIds.map(Number) } });
	}

	/** Moves the request to another request type of its desk (the Customer Request Type field, by id). */
	async function setRequestType(key: string, requestTypeId: string) {
		await call('PUT', `/rest/api/3/issue/${key}`, { fields: { customfield_10010: requestTypeId } });
	}

	/** Customer accounts, for participants. */
	const customers = (): string[] =>
		[...sb.state.users.values()].filter((user: IDataObject) => user.accountType === 'customer').map((user: IDataObject) => String(user.accountId));

	return {
		at, now: () => clock, people, call, issueByKey, createRequest, transition, comment, deskKeys, changesAt, itsChanges,
		answerApproval, addParticipants, setOrganizations, setRequestType, customers,
	};
}

/** An event's identity: the request created, the changelog entry, the comment, the SLA cycle, the approval, or who was added. */
export function identity(event: IDataObject): string {
	if (event.event === 'requestCreated') return `created ${String(event.requestId)}`;
	if (event.event === 'statusChanged') return `status ${String(event.changelogId)}`;
	if (event.event === 'commentCreated') return `comment ${String((event.comment as IDataObject).id)}`;
	const sla = event.sla as IDataObject | undefined;
	if (sla) return `${String(event.event)} ${String(event.requestId)} ${String(sla.fieldId)} ${String(sla.startTime)}`;
	if (event.approval) return `${String(event.event)} ${String((event.approval as IDataObject).id)}`;
	if (event.participant) return `participant ${String(event.changelogId)} ${String((event.participant as IDataObject).accountId)}`;
	if (event.organization) return `organization ${String(event.changelogId)} ${String((event.organization as IDataObject).id)}`;
	return `${String(event.event)} ${String(event.requestId)} ${String(event.timestamp)}`;
}
