import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * The Authorization header of the API token credential: Bearer for personal access tokens, else Basic with the
 * email (Cloud) or the username (Data Center, whose Basic authentication is username:password).
 */
export function apiTokenAuthorization(credentials: ICredentialDataDecryptedObject): string {
	const token = String(credentials.apiToken ?? '');
	const selfManaged = credentials.deployment === 'custom' || credentials.deployment === 'datacenter';
	if (selfManaged && credentials.authType === 'bearer') return `Bearer ${token}`;
	const user = credentials.deployment === 'datacenter' ? credentials.username : credentials.email;
	return `Basic ${Buffer.from(`${String(user ?? '')}:${token}`).toString('base64')}`;
}
