import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** The Authorization header of the API token credential: Bearer for Data Center personal access tokens, else Basic. */
export function apiTokenAuthorization(credentials: ICredentialDataDecryptedObject): string {
	const token = String(credentials.apiToken ?? '');
	return credentials.deployment === 'custom' && credentials.authType === 'bearer'
		? `Bearer ${token}`
		: `Basic ${Buffer.from(`${String(credentials.email ?? '')}:${token}`).toString('base64')}`;
}
