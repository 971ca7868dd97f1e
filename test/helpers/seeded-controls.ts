// Valid parameter values, by parameter name, read from a freshly seeded sandbox: what the operation sweeps
// (operation-runs.ts for the answer-shape tests, test/node/hostile-input.test.ts) fill in where they need a run
// to get past a parameter. Each sweep adds the values only it needs.
import type { Sandbox } from './sandbox';

export const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

/** `label` names what the runs create (a customer, an alert, …), so the sandbox state shows which test made it. */
export function seededControls(sb: Sandbox, label: string): Record<string, unknown> {
	const request = [...sb.state.issues.values()].find((issue: any) => issue.serviceDeskId === '1' && issue.approvals.length && issue.comments.length);
	const customer = sb.state.users.get('qm:a713c8ea-1075-4e30-9d96-891a7d181739:5ad6d69abfa3980ce712caae');
	return {
		serviceDesk: locator('id', '1'),
		requestType: locator('id', [...sb.state.requestTypes.values()].find((type: any) => type.serviceDeskId === '1').id),
		request: locator('id', request.key),
		issue: locator('id', request.key),
		organization: locator('id', '1'),
		queue: locator('id', '1'),
		user: locator('id', '5b10a2844c20165700ede21g'),
		group: locator('name', 'jira-users'),
		applicationRole: locator('id', 'jira-servicedesk'),
		approvalId: request.approvals[0].id,
		commentId: request.comments[0].id,
		attachmentId: [...sb.state.attachments.values()][0].id,
		pageId: String(sb.state.articles[0].pageId),
		propertyKey: 'tier',
		propertyValue: '{"level": "gold"}',
		accountIds: customer.accountId,
		accountId: customer.accountId,
		email: 'someone.new@example.com',
		displayName: 'Someone New',
		name: label,
		jql: 'project = ITS',
		binaryPropertyName: 'data',
		'site.customApiCall.path': '/rest/api/3/myself',
		'comment.create.body': 'A comment',
		'comment.update.body': 'An edited comment',
		// JSM Operations (its seeded ids do not change on reset).
		schedule: locator('id', [...sb.state.ops.schedules.keys()][0]),
		team: locator('id', [...sb.state.ops.teams.keys()][0]),
		assignee: locator('id', '5b10ac8d82e05b22cc7d4ef5'),
		escalationId: [...sb.state.ops.escalations.keys()][0],
		// Alert → Snooze: an hour after the site's clock.
		endTime: new Date(sb.now() + 3_600_000).toISOString(),
		heartbeatName: 'Nightly backup',
		message: `${label} alert`,
		note: 'A note',
	};
}
