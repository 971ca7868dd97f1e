import type { Connection } from './connection';
import type { JsmContext } from './context';

/**
 * Which rate-limit gate a request belongs to: Atlassian counts requests per site and per app (the
 * credential), so the key is the credential's id and the site's base URL. Holds no secret.
 */
export function siteKeyOf(context: JsmContext, connection: Pick<Connection, 'credentialType' | 'baseUrl'>): string {
	const reference = context.getNode().credentials?.[connection.credentialType];
	return `${connection.credentialType} ${reference?.id ?? reference?.name ?? ''} ${connection.baseUrl}`;
}
