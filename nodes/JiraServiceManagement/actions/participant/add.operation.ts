import type { OperationKind, OperationOption } from '../../helpers/operation';
import { participantsChange } from './change';

export const option: OperationOption = {
	name: 'Add',
	value: 'add',
	description: 'Add people to a request so they can follow and comment on it',
	action: 'Add participants to a request',
};

export const kind: OperationKind = 'Create';

export const api = ['POST /rest/servicedeskapi/request/{issueIdOrKey}/participant'];

export const { description, execute } = participantsChange('add', 'POST', 'Participants to add to the request; they then see it in the portal and get notifications.');
