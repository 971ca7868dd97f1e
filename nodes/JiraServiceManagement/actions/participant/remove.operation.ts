import type { OperationKind, OperationOption } from '../../helpers/operation';
import { participantsChange } from './change';

export const option: OperationOption = {
	name: 'Remove',
	value: 'remove',
	description: 'Remove people from the participants of a request',
	action: 'Remove participants from a request',
};

export const kind: OperationKind = 'Delete';

export const api = ['DELETE /rest/servicedeskapi/request/{issueIdOrKey}/participant'];

export const { description, execute } = participantsChange('remove', 'DELETE', 'Participants to remove from the request.');
