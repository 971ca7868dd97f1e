'use strict';
// A jest environment that runs its test file with the process in another time zone, as an n8n instance
// configured with TZ would be: `@jest-environment ./test/helpers/time-zone-environment.js` and
// `@jest-environment-options {"timeZone": "Europe/Berlin"}` in the file's docblock. Setting
// process.env.TZ inside a test does not reach Node (jest hands tests a copy of the environment).
const { TestEnvironment } = require('jest-environment-node');

class TimeZoneEnvironment extends TestEnvironment {
	constructor(config, context) {
		super(config, context);
		this.timeZone = config.projectConfig.testEnvironmentOptions.timeZone;
	}

	async setup() {
		await super.setup();
		this.previous = process.env.TZ;
		process.env.TZ = this.timeZone;
		this.global.process.env.TZ = this.timeZone;
	}

	async teardown() {
		if (this.previous === undefined) delete process.env.TZ;
		else process.env.TZ = this.previous;
		await super.teardown();
	}
}

module.exports = TimeZoneEnvironment;
