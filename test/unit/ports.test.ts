import { readFileSync } from 'node:fs';
import net from 'node:net';

// The ports the test harness and `npm start` give n8n, Redis and PostgreSQL (scripts/ports.js). A CI run
// once lost a queue worker to "Task Broker's port 44307 is already in use": listen(0) had handed out a port
// of the ephemeral range, which outgoing connections also draw from.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freePort } = require('../../scripts/ports.js') as { freePort(port?: number): Promise<number> };

const ephemeral = (() => {
	try {
		const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
		return { low, high };
	} catch {
		return { low: 49152, high: 65535 };
	}
})();

describe('free ports', () => {
	test('are drawn outside the ephemeral range and never twice', async () => {
		const ports = [];
		for (let index = 0; index < 200; index++) ports.push(await freePort());
		expect(new Set(ports).size).toBe(200);
		for (const port of ports) expect(port < ephemeral.low || port > ephemeral.high).toBe(true);
	});

	test('a port given is checked, and refused while something listens on it', async () => {
		const server = net.createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as net.AddressInfo;
		await expect(freePort(port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
		await new Promise((resolve) => server.close(resolve));
		await expect(freePort(port)).resolves.toBe(port);
	});
});
