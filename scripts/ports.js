// Ports for the servers the tests and `npm start` launch. A port the kernel hands out for `listen(0)`
// comes from the ephemeral range, which outgoing connections (n8n to PostgreSQL, Redis, the sandbox)
// draw their local ports from too: between our check and n8n's own bind one of them can take it, and
// n8n then exits with "port … is already in use" (seen once in CI: a queue worker's task broker).
// So ports are drawn at random below that range, never the same twice in this process, and checked.
const fs = require('node:fs');
const net = require('node:net');

const handedOut = new Set();

/** The kernel's ephemeral range (Linux; elsewhere IANA's 49152-65535). */
function ephemeralRange() {
	try {
		const [low, high] = fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
		if (low > 0 && high >= low) return { low, high };
	} catch {
		// not Linux
	}
	return { low: 49152, high: 65535 };
}

/** Where to draw from: the 12,000 ports below the ephemeral range, or above it if nothing is below. */
function drawRange() {
	const { low, high } = ephemeralRange();
	if (low > 10_000) return { from: Math.max(10_000, low - 12_000), to: low - 1 };
	if (high < 60_000) return { from: high + 1, to: 65_535 };
	return undefined;
}

/** Resolves with `port` once a listen on it succeeded and closed again (0: the kernel picks). */
function tryListen(port) {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const { port: bound } = server.address();
			server.close(() => resolve(bound));
		});
	});
}

/**
 * Resolves with a free port. With `port`, checks that one (rejects with EADDRINUSE); without, draws one
 * outside the ephemeral range that this process has not handed out before.
 */
async function freePort(port) {
	if (port) return tryListen(port);
	const range = drawRange();
	for (let attempt = 0; range && attempt < 50; attempt++) {
		const candidate = range.from + Math.floor(Math.random() * (range.to - range.from + 1));
		if (handedOut.has(candidate)) continue;
		handedOut.add(candidate);
		if (await tryListen(candidate).then(() => true, () => false)) return candidate;
	}
	const bound = await tryListen(0);
	handedOut.add(bound);
	return bound;
}

module.exports = { freePort };
