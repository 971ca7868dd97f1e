'use strict';
// Builds a complete site from a seed: the same seed, request count and base time give the same data.
const { createState } = require('../state');
const { createPrng } = require('../prng');
const { seedPeople } = require('./people');
const { seedDesks } = require('./desks');
const { seedRequests } = require('./requests');
const { seedAudit } = require('./audit');
const { seedAssets } = require('./assets');
const { seedOps } = require('./ops');

function seedState({ seed = 42, requestCount = 300, baseTime = Date.now() } = {}) {
	const state = createState();
	const rng = createPrng(seed);
	const people = seedPeople(state, rng, baseTime);
	seedDesks(state, rng, people, baseTime);
	seedRequests(state, rng, people, requestCount, baseTime);
	seedAudit(state, rng, people, baseTime);
	state.assetsWorkspaceId = rng.uuid();
	seedAssets(state, seed, baseTime);
	state.ops = seedOps(state, seed, people, baseTime);
	state.version = 0;
	return state;
}

module.exports = { seedState };
