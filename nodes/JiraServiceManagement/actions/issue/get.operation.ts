import type { IDataObject } from 'n8n-workflow';

import { ISSUE_ID, callOperation } from '../../helpers/callOperation';
import { simplifyOption, simplifyParameter } from '../../helpers/parameters';
import { issueExpandOf, issueExpandOption, issueFieldsOf, issueFieldsOption } from './fields';
import { simplifyIssue } from './simplify';

export const { option, kind, api, description, execute } = callOperation({
	resource: 'issue',
	option: {
		name: 'Get',
		value: 'get',
		description: 'Get one Jira issue by key, ID or URL, with the fields you choose',
		action: 'Get an issue',
	},
	kind: 'Query',
	api: 'GET /rest/api/3/issue/{issueIdOrKey}',
	ids: [ISSUE_ID],
	input: {
		properties: [issueFieldsOption, simplifyOption, issueExpandOption(true)],
		read(context, itemIndex) {
			const fields = issueFieldsOf(context, itemIndex);
			const expand = issueExpandOf(context, itemIndex, simplifyParameter(context, itemIndex));
			const qs: IDataObject = {};
			if (fields.length) qs.fields = fields;
			if (expand) qs.expand = expand;
			return { qs };
		},
	},
	output: (_, issue, context, itemIndex) => (simplifyParameter(context, itemIndex) ? simplifyIssue(issue) : issue),
});
