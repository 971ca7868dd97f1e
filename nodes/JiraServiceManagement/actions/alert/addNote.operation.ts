import { callOperation } from '../../helpers/callOperation';
import { limitedText } from '../../helpers/operations';
import { ALERT_ID } from './alertId';

// Unlike the alert actions, adding a note is answered at once with the note.
export const { option, kind, api, description, execute } = callOperation({
	resource: 'alert',
	option: {
		name: 'Add Note',
		value: 'addNote',
		description: 'Add a note to a JSM Operations alert by its ID',
		action: 'Add a note to an alert',
	},
	kind: 'Create',
	api: 'POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/notes',
	ids: [ALERT_ID],
	input: {
		properties: [
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				required: true,
				description: 'Text of the note, at most 25,000 characters',
			},
		],
		read: (context, itemIndex) => ({ body: { note: limitedText(context, itemIndex, 'note', 'Note', 25000, true) } }),
	},
	subject: () => 'an alert note',
	output: (_ids, added) => added,
});
