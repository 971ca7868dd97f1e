'use strict';
// Deterministic PRNG (mulberry32) so seeds and fault injection are reproducible.

function createPrng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min, max) => min + Math.floor(next() * (max - min + 1));
	const pick = (list) => list[Math.floor(next() * list.length)];
	const chance = (p) => next() < p;
	const hex = (length) => {
		let out = '';
		while (out.length < length) out += Math.floor(next() * 16).toString(16);
		return out;
	};
	const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`;
	const sample = (list, count) => {
		const copy = list.slice();
		const out = [];
		while (out.length < count && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
		return out;
	};
	return { next, int, pick, chance, hex, uuid, sample };
}

module.exports = { createPrng };
