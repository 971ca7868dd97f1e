import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Atlassian's OpenAPI files live in ../shared/specs beside the checkout (never copied into the repo). */
export const SPECS_DIR = path.resolve(__dirname, '../../../shared/specs');

type Spec = { paths: Record<string, Record<string, unknown>> };

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

function operationsOf(file: string): string[] {
	const spec = JSON.parse(readFileSync(path.join(SPECS_DIR, file), 'utf8')) as Spec;
	return Object.entries(spec.paths).flatMap(([template, item]) =>
		Object.keys(item)
			.filter((method) => METHODS.includes(method))
			.map((method) => `${method.toUpperCase()} ${template}`),
	);
}

export const jsmOperations = operationsOf('jsm-cloud.openapi.json');
export const platformOperations = operationsOf('jira-platform-v3.openapi.json');
