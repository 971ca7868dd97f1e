// n8n's lint rules, as `n8n-node lint` (@n8n/node-cli) applies them: n8n's current community-node rules
// (@n8n/eslint-plugin-community-nodes, recommended: the n8n Cloud set) on sources and package.json, and
// eslint-plugin-n8n-nodes-base's community, credentials and nodes sets. The base rules switched off below
// are the ones @n8n/node-cli's own config switches off, for the same reasons.
import js from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import globals from 'globals';

const community = n8nCommunityNodesPlugin.configs.recommended;

export default [
	{
		ignores: ['dist/**', 'node_modules/**', '.cache/**', 'scripts/**', '**/*.js', '**/*.mjs', '**/*.cjs', '!test/sandbox/**/*.js', 'test/**/*.ts'],
	},
	// The sandbox (plain CommonJS run by Node, no build): ESLint's recommended rules. Its types are checked by
	// test/sandbox/tsconfig.json (`npm run lint` runs both).
	{
		files: ['test/sandbox/**/*.js'],
		...js.configs.recommended,
		languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.node } },
	},
	{
		files: ['**/*.ts'],
		...community,
		languageOptions: { parser: tsParser, parserOptions: { project: ['./tsconfig.json'], sourceType: 'module' } },
		plugins: { ...community.plugins, 'n8n-nodes-base': n8nNodesBase },
	},
	{
		files: ['package.json'],
		...community,
		plugins: { ...community.plugins, 'n8n-nodes-base': n8nNodesBase },
		languageOptions: { parser: tsParser, parserOptions: { extraFileExtensions: ['.json'] } },
		rules: { ...community.rules, ...n8nNodesBase.configs.community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Meant for n8n's own docs slugs; community credentials link to a real URL.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// NodeConnectionTypes.Main instead of 'main', which the community rules require.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
];
