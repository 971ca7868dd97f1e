import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { jsmApiRequest } from '../../shared/transport';

/** Whether the credential's account holds the Administer Jira global permission. */
export async function hasAdministerJira(this: IHookFunctions): Promise<boolean> {
	const answer = (await jsmApiRequest.call(this, {
		method: 'GET',
		path: '/rest/api/3/mypermissions',
		qs: { permissions: 'ADMINISTER' },
	})) as IDataObject;
	const administer = ((answer.permissions as IDataObject | undefined)?.ADMINISTER ?? {}) as IDataObject;
	return administer.havePermission === true;
}

/**
 * Admin webhooks need the Administer Jira global permission. Check it first so the user learns which
 * account lacks what and how an admin grants it, instead of a bare 403.
 */
export async function assertAdministerJira(this: IHookFunctions): Promise<void> {
	if (await hasAdministerJira.call(this)) return;
	const myself = (await jsmApiRequest.call(this, { method: 'GET', path: '/rest/api/3/myself' })) as IDataObject;
	const who = String(myself.emailAddress ?? myself.displayName ?? myself.accountId ?? 'this account');
	// n8n 2.x reports a failed activation with the error message only (the description is dropped), so the
	// message itself says how to fix it.
	throw new NodeOperationError(
		this.getNode(),
		`The account ${who} lacks the "Administer Jira" global permission, which Jira requires to register webhooks. ` +
			'A Jira admin grants it in Settings (cog) → System → Global permissions → "Administer Jira" by adding a group the account belongs to',
		{
			description:
				'Without it, use an OAuth2 credential (dynamic webhooks) or the Jira Service Management Poll Trigger.',
		},
	);
}
