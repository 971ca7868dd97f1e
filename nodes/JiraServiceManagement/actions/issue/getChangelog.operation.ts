import { ISSUE_ID } from '../../helpers/callOperation';
import { listOperation } from '../../helpers/listOperation';

export const { option, kind, api, description, execute } = listOperation({
	resource: 'issue',
	option: {
		name: 'Get Changelog',
		value: 'getChangelog',
		description: 'List the change history of an issue: who changed which field from what to what, and when',
		action: 'Get the changelog of an issue',
	},
	kind: 'Query',
	api: 'GET /rest/api/3/issue/{issueIdOrKey}/changelog',
	ids: [ISSUE_ID],
	// The changelog endpoint serves at most 100 entries a page.
	startAt: { itemsKey: 'values', pageSize: 100 },
});
