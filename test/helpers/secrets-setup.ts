import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

import { runsCheckedForSecrets } from './secrets';

/**
 * Copies everything the tests log (console) or print (stdout; stderr while a file's tests run) into
 * SECRETS_SCAN_DIR, for the suite-wide secret scan in global teardown, and records how many node runs
 * checked their own output. Jest's report goes to stderr after each file (with code frames of the tests'
 * source): it is not copied.
 */
const dir = process.env.SECRETS_SCAN_DIR;
if (dir) {
	const file = path.join(dir, `output-${process.pid}.log`);
	const keep = (text: string | Uint8Array, into: string | undefined) => {
		try {
			if (into) appendFileSync(into, text);
		} catch {
			// Global teardown has read and removed the folder; jest's summary follows.
		}
	};
	for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		const original = console[method];
		console[method] = (...args: unknown[]) => {
			keep(`${format(...args)}\n`, file);
			original.apply(console, args);
		};
	}
	// The streams are the process's own and outlive this file's module scope: wrap them once per process.
	const capture = Symbol.for('jsm.secretsCapture');
	const streams = [process.stdout, process.stderr] as Array<NodeJS.WriteStream & { [capture]?: { file?: string } }>;
	for (const stream of streams) {
		if (stream[capture]) continue;
		const state: { file?: string } = {};
		stream[capture] = state;
		const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
		stream.write = ((chunk: unknown, ...rest: unknown[]) => {
			keep(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array), state.file);
			return write(chunk, ...rest);
		}) as typeof stream.write;
	}
	for (const stream of streams) stream[capture]!.file = file;
	afterAll(() => {
		streams[1][capture]!.file = undefined;
		appendFileSync(path.join(dir, `runs-${process.pid}.txt`), `${runsCheckedForSecrets()}\n`);
	});
}
