import { runNode } from '../helpers/run-node';
import { adminCredentials } from '../helpers/sandbox';
import { sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const run = (parameters: Record<string, unknown>) =>
	runNode({ parameters: { resource: 'workspace', operation: 'query', ...parameters }, credentials: adminCredentials(sb) });

test('lists the Assets workspace of the site', async () => {
	const result = await run({ returnAll: true });
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.json)).toEqual([{ workspaceId: sb.state.assetsWorkspaceId }]);
	expect(sb.requests.at(-1)).toMatchObject({ path: '/rest/servicedeskapi/assets/workspace' });
});

test('through the legacy Insight path when asked', async () => {
	const result = await run({ limit: 1, legacyInsight: true });
	expect(result.items.map((item) => item.json)).toEqual([{ workspaceId: sb.state.assetsWorkspaceId }]);
	expect(sb.requests.at(-1)).toMatchObject({ path: '/rest/servicedeskapi/insight/workspace' });
});

test('bad credentials give the plain-worded 401', async () => {
	const result = await runNode({
		parameters: { resource: 'workspace', operation: 'query', returnAll: true },
		credentials: adminCredentials(sb, { apiToken: 'wrong' }),
	});
	expect(result.error).toMatchObject({ httpCode: '401', message: expect.stringMatching(/^The credentials are invalid or expired/) });
});
