'use strict';
// Jest's node environment with n8n's process in another time zone: the test file's docblock pragma
// `@process-tz Asia/Tokyo` sets the process's TZ for that file only. The test code cannot do it itself: jest hands
// each file a copy of process.env, and Node re-reads the zone only when the real process.env.TZ is assigned.
const { TestEnvironment } = require('jest-environment-node');

class ProcessTzEnvironment extends TestEnvironment {
	constructor(config, context) {
		super(config, context);
		this.zone = context.docblockPragmas['process-tz'];
	}

	async setup() {
		this.before = process.env.TZ;
		if (this.zone) process.env.TZ = String(this.zone);
		await super.setup();
	}

	async teardown() {
		if (this.before === undefined) delete process.env.TZ;
		else process.env.TZ = this.before;
		await super.teardown();
	}
}

module.exports = ProcessTzEnvironment;
