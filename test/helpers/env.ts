import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// n8n-core writes instance settings into the user folder on load: keep them out of the home directory.
process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'jsm-tests-n8n-'));
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS ??= 'false';
