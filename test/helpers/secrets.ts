import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';

/**
 * Secret scanning for the whole suite. Every node run (test/helpers/run-node.ts) checks its own output
 * and error against the secrets of the credentials it ran with; a jest setup file (secrets-setup.ts)
 * copies everything the tests log or print into SECRETS_SCAN_DIR; global teardown scans that copy for the
 * sandbox's fixed secrets, every OAuth token the sandbox can mint, and the secrets tests registered.
 */

/** The sandbox accounts' API tokens and PATs and its OAuth client secret (test/sandbox/README.md). */
const FIXED: Array<[label: string, value: string]> = [
	['admin API token', 'sandbox-admin-token'],
	['agent API token', 'sandbox-agent-token'],
	['agent scoped API token', 'sandbox-agent-scoped-token'],
	['customer API token', 'sandbox-customer-token'],
	['admin PAT', 'sandbox-admin-pat'],
	['agent PAT', 'sandbox-agent-pat'],
	['OAuth client secret', 'sandbox-secret'],
];
const BASIC_PAIRS: Array<[string, string]> = [
	['admin@sandbox.test', 'sandbox-admin-token'],
	['agent@sandbox.test', 'sandbox-agent-token'],
	['agent@sandbox.test', 'sandbox-agent-scoped-token'],
	['customer@sandbox.test', 'sandbox-customer-token'],
];
/** Access and refresh tokens minted by the sandbox's /oauth/token. */
const MINTED = /sandbox-(?:oauth|refresh)-[0-9a-f]{48}/;
/** Credential fields that hold secrets, in n8n credential data and OAuth token data. */
const SECRET_KEYS = new Set([
	'apiToken',
	'clientSecret',
	'password',
	'secret',
	'access_token',
	'refresh_token',
	'accessToken',
	'refreshToken',
	'id_token',
]);
/** Shorter values would match by accident (test credentials such as "x"). */
const MIN_LENGTH = 8;

const fixedSecrets = (): Array<[string, string]> => [
	...FIXED,
	...BASIC_PAIRS.map(([email, token]): [string, string] => [
		`Basic header of ${email}`,
		Buffer.from(`${email}:${token}`).toString('base64'),
	]),
];

/** The secret strings inside credential data, OAuth token data or a list of plain values. */
export function secretValuesOf(source: unknown): string[] {
	const found: string[] = [];
	const walk = (value: unknown, key?: string) => {
		if (typeof value === 'string') {
			if ((key === undefined || SECRET_KEYS.has(key)) && value.length >= MIN_LENGTH) found.push(value);
		} else if (Array.isArray(value)) value.forEach((entry) => walk(entry, key));
		else if (value && typeof value === 'object') {
			for (const [name, entry] of Object.entries(value)) walk(entry, name);
		}
	};
	walk(source);
	return [...new Set(found)];
}

/** Labels (never the values) of the secrets that appear in `text`. */
export function leakedSecrets(text: string, extra: string[] = []): string[] {
	const labels = fixedSecrets()
		.filter(([, value]) => text.includes(value))
		.map(([label]) => label);
	if (MINTED.test(text)) labels.push('sandbox-minted OAuth token');
	extra.forEach((value, index) => {
		if (value.length >= MIN_LENGTH && (text.includes(value) || text.includes(encodeURIComponent(value)))) {
			labels.push(`secret #${index + 1} of this check`);
		}
	});
	return labels;
}

/** Everything a user could see of a value: JSON, and for errors their message, description, context and cause. */
export function visibleText(value: unknown): string {
	const seen = new Set<unknown>();
	const parts: string[] = [];
	const collect = (entry: unknown, depth: number) => {
		if (entry === null || entry === undefined || depth > 6 || seen.has(entry)) return;
		if (typeof entry !== 'object') {
			parts.push(String(entry));
			return;
		}
		seen.add(entry);
		if (entry instanceof Error) {
			const error = entry as Error & Record<string, unknown>;
			parts.push(error.message, String(error.description ?? ''), String(error.stack ?? ''));
			for (const key of ['context', 'cause', 'errorResponse', 'messages']) collect(error[key], depth + 1);
		}
		try {
			parts.push(JSON.stringify(entry));
		} catch {
			parts.push(inspect(entry, { depth: 6 }));
		}
	};
	collect(value, 0);
	return parts.join('\n');
}

/** Fails the test when a secret (fixed, minted, or inside `sources`) is visible in `value`. */
export function expectNoSecrets(value: unknown, sources: unknown[] = []): void {
	const leaked = leakedSecrets(visibleText(value), secretValuesOf(sources));
	if (leaked.length) throw new Error(`Secrets visible in node output or errors: ${leaked.join(', ')}`);
}

let runsScanned = 0;

/** Called by runNode for every run: its output items and error must not show the run's credentials. */
export function checkRunForSecrets(credentials: unknown, output: unknown): void {
	runsScanned++;
	const leaked = leakedSecrets(visibleText(output), secretValuesOf(credentials));
	if (leaked.length) throw new Error(`A node run exposed secrets in its output or error: ${leaked.join(', ')}`);
}

export const runsCheckedForSecrets = () => runsScanned;

const REGISTERED = 'registered-secrets.txt';

/** Adds a secret known only at run time (a webhook secret, say) to the suite-wide log scan. */
export function registerSecret(value: string): void {
	const dir = process.env.SECRETS_SCAN_DIR;
	if (dir && value.length >= MIN_LENGTH) appendFileSync(path.join(dir, REGISTERED), `${JSON.stringify(value)}\n`, { mode: 0o600 });
}

/**
 * Adds text the tests did not print but that n8n shows to whoever can read a workflow (its public API
 * answer, an `n8n export:workflow`, with the static data) to the suite-wide scan.
 */
export function captureForSecretScan(name: string, text: string): void {
	const dir = process.env.SECRETS_SCAN_DIR;
	if (dir) writeFileSync(path.join(dir, `shown-${name.replace(/[^a-z0-9-]/gi, '_')}-${process.pid}.txt`), text, { mode: 0o600 });
}

/** Global teardown: scans everything the suite logged. Returns the report line; throws on a leak. */
export function scanCapturedOutput(dir: string): string {
	if (!existsSync(dir)) return 'Secrets scan: nothing captured';
	const registeredFile = path.join(dir, REGISTERED);
	const registered = existsSync(registeredFile)
		? readFileSync(registeredFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as string)
		: [];
	let bytes = 0;
	let runs = 0;
	const leaks: string[] = [];
	for (const file of readdirSync(dir)) {
		if (file === REGISTERED) continue;
		const text = readFileSync(path.join(dir, file), 'utf8');
		if (file.startsWith('runs-')) {
			runs += text.split('\n').filter(Boolean).reduce((sum, line) => sum + Number(line), 0);
			continue;
		}
		bytes += Buffer.byteLength(text);
		for (const label of leakedSecrets(text, registered)) leaks.push(`${label} in ${file}`);
	}
	const report = `Secrets scan: ${runs} node runs' output and errors checked against their credentials; ${(bytes / 1024).toFixed(0)} KB of test logs scanned for ${fixedSecrets().length} fixed secrets, minted OAuth tokens and ${registered.length} registered secrets: ${leaks.length ? `LEAKS: ${leaks.join('; ')}` : 'none found'}`;
	if (leaks.length) throw new Error(report);
	return report;
}
