/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	transform: {
		// Type checking is `npm run build`'s job; tests only need the code transpiled, fast.
		'^.+\\.ts$': ['ts-jest', { diagnostics: false }],
	},
	testTimeout: 60_000,
	// The sandbox, the real n8n and the benchmark share ports and CPU: one file at a time.
	maxWorkers: 1,
};
