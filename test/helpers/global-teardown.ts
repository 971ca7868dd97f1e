import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { catalogue } from './catalogue';
import { scanCapturedOutput } from './secrets';
import { assetsOperations, dataCenterOperations, formsOperations, jsmOperations, opsOperations } from './specs';

/**
 * Prints which API operations the whole run exercised through the sandbox, against the JSM spec and
 * against what the node declares. With JSM_COVERAGE_STRICT=1 (the full `npm test`), a gap fails the run.
 */
export default function globalTeardown(): void {
	scanSecrets();
	const dir = process.env.SANDBOX_COVERAGE_DIR;
	if (!dir) return;
	const files = readdirSync(dir);
	// A run without a sandbox (npm run test:unit) has no coverage to report.
	if (!files.length) return rmSync(dir, { recursive: true, force: true });
	const exercised = new Set<string>();
	const dataCenterExercised = new Set<string>();
	for (const file of files) {
		const coverage = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
		for (const api of [
			...coverage.jsm.exercised,
			...coverage.platform.exercised,
			...(coverage.assets?.exercised ?? []),
			...(coverage.ops?.exercised ?? []),
			...(coverage.forms?.exercised ?? []),
		]) {
			exercised.add(api);
		}
		// Jira Data Center's /rest/api/2 (the sandbox's Data Center mode), counted apart.
		for (const api of coverage.dc?.exercised ?? []) dataCenterExercised.add(api);
	}
	rmSync(dir, { recursive: true, force: true });
	const jsmMissing = jsmOperations.filter((api) => !exercised.has(api));
	const assetsMissing = assetsOperations.filter((api) => !exercised.has(api));
	const opsMissing = opsOperations.filter((api) => !exercised.has(api));
	const formsMissing = formsOperations.filter((api) => !exercised.has(api));
	const dataCenterMissing = dataCenterOperations.filter((api) => !dataCenterExercised.has(api));
	const declared = [...new Set(catalogue.flatMap(({ module }) => module.api))];
	const declaredMissing = declared.filter((api) => !exercised.has(api));
	const report = [
		`JSM API operations exercised: ${jsmOperations.length - jsmMissing.length}/${jsmOperations.length}`,
		`Assets API operations exercised: ${assetsOperations.length - assetsMissing.length}/${assetsOperations.length}`,
		`JSM Operations API operations exercised: ${opsOperations.length - opsMissing.length}/${opsOperations.length}`,
		`Forms API operations exercised (documented-API model): ${formsOperations.length - formsMissing.length}/${formsOperations.length}`,
		`Operations the node declares, exercised: ${declared.length - declaredMissing.length}/${declared.length}`,
		`Data Center platform operations exercised: ${dataCenterOperations.length - dataCenterMissing.length}/${dataCenterOperations.length}`,
		...(jsmMissing.length ? [`JSM not exercised: ${jsmMissing.join(', ')}`] : []),
		...(assetsMissing.length ? [`Assets not exercised: ${assetsMissing.join(', ')}`] : []),
		...(opsMissing.length ? [`JSM Operations not exercised: ${opsMissing.join(', ')}`] : []),
		...(formsMissing.length ? [`Forms not exercised: ${formsMissing.join(', ')}`] : []),
		...(dataCenterMissing.length ? [`Data Center not exercised: ${dataCenterMissing.join(', ')}`] : []),
		...(declaredMissing.length ? [`Declared but not exercised: ${declaredMissing.join(', ')}`] : []),
	].join('\n');
	process.stdout.write(`\n${report}\n`);
	mkdirSync('artifacts', { recursive: true });
	writeFileSync(path.join('artifacts', 'api-coverage.txt'), `${report}\n`);
	if (process.env.JSM_COVERAGE_STRICT === '1' && (jsmMissing.length || assetsMissing.length || opsMissing.length || formsMissing.length || declaredMissing.length)) {
		throw new Error('API coverage is incomplete (see above)');
	}
}

/** Fails the run when a secret shows in anything the tests logged or printed (see secrets.ts). */
function scanSecrets(): void {
	const dir = process.env.SECRETS_SCAN_DIR;
	if (!dir) return;
	try {
		process.stdout.write(`\n${scanCapturedOutput(dir)}\n`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
