// The Assets (CMDB) operations of the committed contract (contract/assets-cloud.json).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpecs } = require('../sandbox/specs') as {
	loadSpecs(): { operations: Array<{ api: string; key: string }> };
};

export const assetsOperations = loadSpecs()
	.operations.filter((operation) => operation.api === 'assets')
	.map((operation) => operation.key);
