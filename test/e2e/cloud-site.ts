// A Jira Cloud site address (https://<name>.atlassian.net) answered by the local sandbox, for a real n8n: an HTTPS
// proxy (n8n honours HTTPS_PROXY) that accepts CONNECT to that one host, ends TLS with a certificate made here and
// trusted through NODE_EXTRA_CA_CERTS, and forwards each request to the sandbox. Every other host is refused.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface CloudSite {
	/** For n8n's environment: HTTPS_PROXY and NODE_EXTRA_CA_CERTS. */
	env: Record<string, string>;
	/** `METHOD path` of each request the site received. */
	received: string[];
	close(): Promise<void>;
}

export async function startCloudSite(hostname: string, sandboxUrl: string): Promise<CloudSite> {
	const dir = mkdtempSync(path.join(tmpdir(), 'jsm-cloud-site-'));
	const key = path.join(dir, 'key.pem');
	const cert = path.join(dir, 'cert.pem');
	execFileSync('openssl', [
		'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-keyout', key, '-out', cert,
		'-subj', `/CN=${hostname}`, '-addext', `subjectAltName=DNS:${hostname}`, '-addext', 'basicConstraints=critical,CA:TRUE',
	], { stdio: 'pipe' });
	const received: string[] = [];
	const site = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
		received.push(`${request.method} ${request.url}`);
		const target = new URL(request.url ?? '/', sandboxUrl);
		const upstream = http.request(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answer) => {
			response.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(response);
		});
		upstream.on('error', () => response.destroy());
		request.pipe(upstream);
	});
	const proxy = http.createServer((_request, response) => response.writeHead(405).end());
	proxy.on('connect', (request, socket) => {
		if (request.url !== `${hostname}:443`) {
			socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
			return;
		}
		socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
		site.emit('connection', socket);
	});
	await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
	const { port } = proxy.address() as AddressInfo;
	return {
		env: { HTTPS_PROXY: `http://127.0.0.1:${port}`, NODE_EXTRA_CA_CERTS: cert },
		received,
		async close() {
			proxy.closeAllConnections();
			await new Promise((resolve) => proxy.close(resolve));
			site.closeAllConnections();
			await new Promise((resolve) => site.close(resolve));
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
