import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Every sandbox of the run records the API operations it served here (read by global-teardown). */
export default function globalSetup(): void {
	process.env.SANDBOX_COVERAGE_DIR = mkdtempSync(path.join(tmpdir(), 'jsm-coverage-'));
	// What the tests log and print, for the secret scan in global-teardown (see secrets.ts).
	process.env.SECRETS_SCAN_DIR = mkdtempSync(path.join(tmpdir(), 'jsm-secrets-'));
}
