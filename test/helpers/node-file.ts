import { runNode, type RunOptions } from './run-node';
import { adminCredentials, startSandbox, type Sandbox } from './sandbox';

/**
 * The opening node test files share: one sandbox for the whole file, started before its first test and
 * closed after its last, and every test failing when the sandbox saw a request that breaks the contract
 * (with `serverErrors`, also when a sandbox handler threw).
 * It hands back the sandbox at once, as a stand-in that reaches the real one from `beforeAll` on, so test
 * bodies keep writing `sb.state` as they did when each file opened its own.
 */
export function sandboxForFile(options: Record<string, unknown> = {}, { serverErrors = false } = {}): Sandbox {
	let started: Sandbox | undefined;
	beforeAll(async () => {
		started = await startSandbox(options);
	});
	afterAll(async () => started?.close());
	afterEach(() => {
		expect(started?.violations).toEqual([]);
		if (serverErrors) expect(started?.serverErrors).toEqual([]);
	});
	const sandbox = (): Sandbox => {
		if (!started) throw new Error('The sandbox starts in beforeAll: use it inside a test or a hook');
		return started;
	};
	return new Proxy({} as Sandbox, {
		get(_stub, key) {
			const value: unknown = Reflect.get(sandbox(), key);
			return typeof value === 'function' ? value.bind(sandbox()) : value;
		},
		set: (_stub, key, value) => Reflect.set(sandbox(), key, value),
	});
}

/** A resource locator parameter, as the editor stores it. */
export const locator = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** Runs the node on one resource with the sandbox admin's credential; `extra` overrides any run option. */
export function resourceRunner(sb: Sandbox, resource: string) {
	return (parameters: Record<string, unknown>, extra: Partial<RunOptions> = {}) =>
		runNode({ parameters: { resource, ...parameters }, credentials: adminCredentials(sb), ...extra });
}
