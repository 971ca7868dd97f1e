import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { runNode } from '../helpers/run-node';

test('harness runs the node through n8n-core against a loopback server', async () => {
	const server = http.createServer((req, res) => {
		res.setHeader('content-type', 'application/json');
		res.end(JSON.stringify({ size: 1, start: 0, limit: 50, isLastPage: true, values: [{ id: '1', projectName: 'IT', auth: req.headers.authorization }] }));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const run = await runNode({
		parameters: { resource: 'serviceDesk', operation: 'query', returnAll: true },
		credentials: { jiraServiceManagementApi: { deployment: 'custom', siteUrl: `http://127.0.0.1:${port}`, authType: 'basic', email: 'a@b.c', apiToken: 'tok' } },
	});
	server.close();
	expect(run.error).toBeUndefined();
	expect(run.items[0].json).toMatchObject({ id: '1', projectName: 'IT' });
});
