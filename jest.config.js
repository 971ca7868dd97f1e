/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	// The n8n runtimes (.cache) and the demo's user folder are run as processes, never required by a test.
	modulePathIgnorePatterns: ['<rootDir>/.cache/', '<rootDir>/.n8n-demo/'],
	transform: {
		// Type checking is `npm run build`'s job; tests only need the code transpiled, fast.
		'^.+\\.ts$': ['ts-jest', { diagnostics: false }],
		// n8n-core reaches two ESM-only packages (through @langchain/core); jest runs CommonJS.
		'^.+/node_modules/(p-retry|is-network-error)/.+\\.js$': [
			'ts-jest',
			{ diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } },
		],
	},
	transformIgnorePatterns: ['/node_modules/(?!(p-retry|is-network-error)/)'],
	setupFiles: ['<rootDir>/test/helpers/env.ts'],
	setupFilesAfterEnv: ['<rootDir>/test/helpers/secrets-setup.ts', '<rootDir>/test/helpers/gate-setup.ts'],
	globalSetup: '<rootDir>/test/helpers/global-setup.ts',
	globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
	testTimeout: 60_000,
	// n8n-core keeps timers and its DI container alive after the last test.
	forceExit: true,
	// The sandbox, the real n8n and the benchmark share ports and CPU: one file at a time.
	maxWorkers: 1,
};
