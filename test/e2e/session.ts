// One real n8n for a test file, the way every real-n8n test starts it: created with this package installed as users
// install it and the file's credentials and workflows imported; started, with its owner signed in and a public API
// key; removed, user folder and all, when the file is done.
import { rmSync } from 'node:fs';

import {
	api,
	createApiKey,
	createInstance,
	ensureOwner,
	importCredentials,
	importWorkflows,
	installPackage,
	publicationSettled,
	startServer,
	type Credential,
	type N8nInstance,
	type Server,
	type Workflow,
} from './n8n';

export const OWNER = { email: 'owner@e2e.test', password: 'E2e-Owner-Passw0rd', firstName: 'E2E', lastName: 'Owner' };

/** A new n8n user folder with the package installed and `credentials` and `workflows` imported; not started. */
export async function preparedInstance(
	credentials: Credential[],
	workflows: Workflow[],
	options?: Parameters<typeof createInstance>[0],
): Promise<N8nInstance> {
	const instance = await createInstance(options);
	installPackage(instance.userFolder);
	await importCredentials(instance, credentials);
	if (workflows.length) await importWorkflows(instance, workflows);
	return instance;
}

export interface Running {
	server: Server;
	/** The owner's editor session. */
	cookie: string;
	apiKey: string;
	n8n: ReturnType<typeof api>;
}

/** Starts n8n on its user folder and signs its owner in (made on the first start). */
export async function startSignedIn(instance: N8nInstance, options?: Parameters<typeof startServer>[1]): Promise<Running> {
	const server = await startServer(instance, options);
	const cookie = await ensureOwner(instance, OWNER);
	const apiKey = await createApiKey(instance, cookie);
	return { server, cookie, apiKey, n8n: api(instance, apiKey) };
}

/** Activates through the public API and waits until n8n has published it (or failed to). */
export async function activated(instance: N8nInstance, running: Running, workflowId: string) {
	await running.n8n.activate(workflowId);
	return await publicationSettled(instance, running.cookie, workflowId, ['published', 'partial', 'failed']);
}

/** For afterAll: whatever of n8n, the sandbox and the user folder got started. */
export async function removeAll(server: Server | undefined, sb: { close(): Promise<void> } | undefined, instance: N8nInstance | undefined) {
	await server?.stop();
	await sb?.close();
	if (instance) rmSync(instance.userFolder, { recursive: true, force: true });
}
