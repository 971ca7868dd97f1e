'use strict';
// Assets (CMDB): two object schemas, object types with every attribute kind the node maps (text, integer,
// date, select, a reference to another type, a user), locations and one laptop per person, some of them
// connected to requests their owner raised. Attribute kinds and ids follow Atlassian's Assets OpenAPI
// file (ObjectTypeAttribute.type: 0 default, 1 object reference, 2 user; DefaultType ids 0 Text, 1 Integer,
// 4 Date, 10 Select).
const { createPrng } = require('../prng');
const { DEMO } = require('./people');

const TEXT = { id: 0, name: 'Text' };
const INTEGER = { id: 1, name: 'Integer' };
const DATE = { id: 4, name: 'Date' };
const DATE_TIME = { id: 6, name: 'DateTime' };
const SELECT = { id: 10, name: 'Select' };
const LIFECYCLE = ['In Use', 'In Stock', 'Retired'];
const MODELS = ['MacBook Pro 14', 'ThinkPad X1 Carbon', 'Dell XPS 13', 'Surface Laptop 5'];

function createAssets() {
	return {
		schemas: new Map(),
		objectTypes: new Map(),
		attributes: new Map(),
		objects: new Map(), // id -> { id, objectTypeId, createdAt, updatedAt, values: Map<attributeId, string[]> }
		history: [], // { id, objectId, actorId, type, affectedAttribute?, oldValue?, newValue?, createdAt }
		tickets: new Map(), // object id -> Set<issue id>
		counters: { schema: 0, objectType: 0, attribute: 0, object: 0, history: 0 },
	};
}

const next = (assets, counter) => String(++assets.counters[counter]);

function addSchema(assets, { name, key, description, at }) {
	const schema = { id: next(assets, 'schema'), name, key, description, createdAt: at, updatedAt: at };
	assets.schemas.set(schema.id, schema);
	return schema;
}

function addAttribute(assets, objectType, input) {
	const attribute = {
		id: next(assets, 'attribute'),
		objectTypeId: objectType.id,
		type: 0,
		label: false,
		system: false,
		editable: true,
		minimumCardinality: 0,
		maximumCardinality: 1,
		uniqueAttribute: false,
		options: '',
		position: [...assets.attributes.values()].filter((a) => a.objectTypeId === objectType.id).length,
		...input,
	};
	assets.attributes.set(attribute.id, attribute);
	return attribute;
}

/** Every object type has the system attributes Key, Created and Updated and a required Name label. */
function addObjectType(assets, schema, { name, description, at }, attributes) {
	const position = [...assets.objectTypes.values()].filter((t) => t.schemaId === schema.id).length;
	const objectType = { id: next(assets, 'objectType'), schemaId: schema.id, name, description, position, createdAt: at, updatedAt: at };
	assets.objectTypes.set(objectType.id, objectType);
	const byName = {};
	byName.Key = addAttribute(assets, objectType, { name: 'Key', defaultType: TEXT, system: true, editable: false, minimumCardinality: 1, role: 'key' });
	byName.Name = addAttribute(assets, objectType, { name: 'Name', defaultType: TEXT, label: true, minimumCardinality: 1 });
	byName.Created = addAttribute(assets, objectType, { name: 'Created', defaultType: DATE_TIME, system: true, editable: false, minimumCardinality: 1, role: 'created' });
	byName.Updated = addAttribute(assets, objectType, { name: 'Updated', defaultType: DATE_TIME, system: true, editable: false, minimumCardinality: 1, role: 'updated' });
	for (const input of attributes) byName[input.name] = addAttribute(assets, objectType, input);
	return { objectType, attributes: byName };
}

function addObject(assets, objectType, values, at) {
	const object = { id: next(assets, 'object'), objectTypeId: objectType.id, createdAt: at, updatedAt: at, values: new Map() };
	for (const [attributeId, list] of Object.entries(values)) if (list.length) object.values.set(attributeId, list.map(String));
	assets.objects.set(object.id, object);
	return object;
}

function seedAssets(state, seed, baseTime) {
	const rng = createPrng(seed + 17);
	const day = 86400000;
	const at = (daysAgo) => baseTime - daysAgo * day;
	const assets = createAssets();
	state.assets = assets;

	const itam = addSchema(assets, { name: 'IT Assets', key: 'ITAM', description: 'Hardware the IT team hands out', at: at(700) });
	const hr = addSchema(assets, { name: 'Human Resources', key: 'HR', description: 'Departments and cost centres', at: at(650) });
	const location = addObjectType(assets, itam, { name: 'Location', description: 'An office or site', at: at(700) }, [
		{ name: 'City', defaultType: TEXT },
	]);
	const laptop = addObjectType(assets, itam, { name: 'Laptop', description: 'A portable computer assigned to a person', at: at(700) }, [
		{ name: 'Serial Number', defaultType: TEXT, uniqueAttribute: true },
		{ name: 'RAM (GB)', defaultType: INTEGER },
		{ name: 'Purchase Date', defaultType: DATE },
		{ name: 'Lifecycle', defaultType: SELECT, options: LIFECYCLE.join(','), minimumCardinality: 1 },
		{ name: 'Location', type: 1, referenceObjectTypeId: location.objectType.id, referenceTypeName: 'Located in' },
		{ name: 'Owner', type: 2 },
	]);
	const department = addObjectType(assets, hr, { name: 'Department', description: 'An organisational unit', at: at(650) }, [
		{ name: 'Cost Centre', defaultType: INTEGER },
	]);

	const places = [['Sydney HQ', 'Sydney'], ['Berlin Office', 'Berlin'], ['Remote', '']].map(([name, city], i) =>
		addObject(assets, location.objectType, { [location.attributes.Name.id]: [name], [location.attributes.City.id]: city ? [city] : [] }, at(690 - i)),
	);
	for (const [i, name] of ['IT', 'Facilities', 'People'].entries()) {
		addObject(assets, department.objectType, { [department.attributes.Name.id]: [name], [department.attributes['Cost Centre'].id]: [String(4100 + i * 100)] }, at(640 - i));
	}

	const laptopOf = new Map();
	const people = [...state.users.values()].filter((user) => user.accountType !== 'app');
	const a = laptop.attributes;
	const addLaptop = (n, owner, lifecycle) => {
		const bought = at(rng.int(30, 900));
		return addObject(
			assets,
			laptop.objectType,
			{
				[a.Name.id]: [`${MODELS[n % MODELS.length]} #${String(1000 + n)}`],
				[a['Serial Number'].id]: [`SN${rng.hex(10).toUpperCase()}`],
				[a['RAM (GB)'].id]: [String([8, 16, 32][n % 3])],
				[a['Purchase Date'].id]: [new Date(bought).toISOString().slice(0, 10)],
				[a.Lifecycle.id]: [lifecycle],
				[a.Location.id]: [places[n % places.length].id],
				[a.Owner.id]: owner ? [owner.accountId] : [],
			},
			bought,
		);
	};
	people.forEach((person, n) => laptopOf.set(person.accountId, addLaptop(n, person, 'In Use')));
	for (let n = people.length; n < people.length + 3; n++) addLaptop(n, null, 'In Stock');
	for (const object of assets.objects.values()) {
		assets.history.push({ id: next(assets, 'history'), objectId: object.id, actorId: DEMO.admin.accountId, type: 0, createdAt: object.createdAt });
	}

	// Every fourth request is connected to its reporter's laptop, as an Assets custom field would connect it.
	[...state.issues.values()].forEach((issue, i) => {
		const object = laptopOf.get(issue.reporterId);
		if (!object || i % 4 !== 0) return;
		if (!assets.tickets.has(object.id)) assets.tickets.set(object.id, new Set());
		assets.tickets.get(object.id).add(issue.id);
	});
	return assets;
}

module.exports = { seedAssets, createAssets, LIFECYCLE };
