// The API operations of the committed contract (contract/*.json, derived by `npm run contract`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpecs } = require('../sandbox/specs') as {
	loadSpecs(): { operations: Array<{ api: string; key: string }> };
};

const keysOf = (api: string): string[] =>
	loadSpecs()
		.operations.filter((operation) => operation.api === api)
		.map((operation) => operation.key);

export const jsmOperations = keysOf('jsm');
export const platformOperations = keysOf('platform');
export const assetsOperations = keysOf('assets');
export const opsOperations = keysOf('ops');
export const formsOperations = keysOf('forms');
export const dataCenterOperations = keysOf('dc');
