import { callOperation, ISSUE_ID } from '../../helpers/callOperation';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'issue',
	option: {
		name: 'Get Watchers',
		value: 'getWatchers',
		description: 'List who watches an issue (and so gets its notifications), how many, and whether the account itself does',
		action: 'Get the watchers of an issue',
	},
	kind: 'Query',
	api: 'GET /rest/api/3/issue/{issueIdOrKey}/watchers',
	ids: [ISSUE_ID],
	// Jira lists other people's watches only with the View Voters and Watchers permission (getIssueWatchers in
	// Atlassian's platform OpenAPI file); watchCount counts them all, so the two may differ.
	output: ({ issueKey }, { watchCount, isWatching, watchers }) => ({ issueKey, watchCount, isWatching, watchers }),
});
