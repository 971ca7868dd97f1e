/** A Cloud ID every stand-in site and OAuth2 app below answers with. */
export const CLOUD_ID = '11111111-2222-3333-4444-555555555555';

/**
 * A stand-in node context for the transport's root URLs (Operations, Forms): each site's `_edge/tenant_info` and
 * the OAuth2 app's accessible resources answer CLOUD_ID; `asked` records every URL requested. `credentialId` keys
 * the OAuth2 app's discovered Cloud ID; `oauthSite` is the one site that app reaches.
 */
export function cloudIdContext(credentialId: string, oauthSite: string) {
	const asked: string[] = [];
	const context = {
		getNode: () => ({ name: 'JSM', credentials: { jiraServiceManagementOAuth2Api: { id: credentialId, name: credentialId } } }),
		helpers: {
			httpRequest: async ({ url }: { url: string }) => {
				asked.push(url);
				return { cloudId: CLOUD_ID };
			},
			httpRequestWithAuthentication: {
				call: async (_context: unknown, _type: string, { url }: { url: string }) => {
					asked.push(url);
					return [{ id: CLOUD_ID, url: oauthSite }];
				},
			},
		},
	} as never;
	return { context, asked };
}
