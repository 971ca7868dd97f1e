'use strict';
// Route families JSM repeats on several resources, written once: an add/remove pair on a record's sets, and a
// record's entity properties. Each returns handlers keyed 'METHOD /template', to spread into a route module.
const { json, empty } = require('../http');
const { requireAgent } = require('./common');

/**
 * A POST that adds and a DELETE that removes, both answered 204 with no body as JSM does: each finds its record
 * with `load`, lets the caller in with `allow` (so a missing record answers 404 before a 403), then
 * `change(ctx, record, 'add' | 'delete')` edits the record's sets.
 */
function addRemoveRoutes(path, { load, allow, change }) {
	const handler = (verb) => (ctx) => {
		const record = load(ctx);
		allow(ctx);
		change(ctx, record, verb);
		ctx.state.version++;
		return empty(204);
	};
	return { [`POST ${path}`]: handler('add'), [`DELETE ${path}`]: handler('delete') };
}

/**
 * The entity properties of a record that keeps them in a `properties` Map, under `${path}/property`: the keys
 * (each with its link under `self(ctx, record)`), one value, PUT (201 when new, 200 when replaced) and DELETE,
 * both for agents only. JSM answers an unknown key with 404 and a PUT without a JSON body with 400.
 */
function propertyRoutes(path, { load, self }) {
	const missing = (ctx) => ctx.error(404, `The property '${ctx.params.propertyKey}' does not exist.`, { i18nKey: 'sd.property.not.found' });
	return {
		[`GET ${path}/property`]: (ctx) => {
			const record = load(ctx);
			const link = (key) => `${self(ctx, record)}/property/${encodeURIComponent(key)}`;
			return json(200, { keys: [...record.properties.keys()].map((key) => ({ key, self: link(key) })) });
		},
		[`GET ${path}/property/{propertyKey}`]: (ctx) => {
			const record = load(ctx);
			const key = ctx.params.propertyKey;
			if (!record.properties.has(key)) throw missing(ctx);
			return json(200, { key, value: record.properties.get(key) });
		},
		[`PUT ${path}/property/{propertyKey}`]: (ctx) => {
			const record = load(ctx);
			requireAgent(ctx);
			if (ctx.body === undefined) throw ctx.error(400, 'The property value must be a valid, non-empty JSON value.', { i18nKey: 'sd.property.value.invalid' });
			const existed = record.properties.has(ctx.params.propertyKey);
			record.properties.set(ctx.params.propertyKey, ctx.body);
			return empty(existed ? 200 : 201);
		},
		[`DELETE ${path}/property/{propertyKey}`]: (ctx) => {
			const record = load(ctx);
			requireAgent(ctx);
			if (!record.properties.delete(ctx.params.propertyKey)) throw missing(ctx);
			return empty(204);
		},
	};
}

module.exports = { addRemoveRoutes, propertyRoutes };
