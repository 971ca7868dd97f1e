import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resources } from '../../nodes/JiraServiceManagement/actions/resources';
import type { OperationModule } from '../../nodes/JiraServiceManagement/helpers/operation';
import { JiraServiceManagement } from '../../nodes/JiraServiceManagement/JiraServiceManagement.node';

interface Resource {
	operations: Record<string, OperationModule>;
	description: INodeProperties[];
}

const entries = Object.entries(resources as Record<string, Resource>);

/** Each resource is built from one list of operation modules; these checks hold the three views of it together. */
describe.each(entries)('resource %s', (resource, { operations, description }) => {
	const [dropdown, ...parameters] = description;
	const options = (dropdown.options ?? []) as INodePropertyOptions[];

	it('has one Operation dropdown shown for this resource only, defaulting to one of its operations', () => {
		expect(dropdown).toMatchObject({ name: 'operation', type: 'options', displayOptions: { show: { resource: [resource] } } });
		expect(Object.keys(operations)).toContain(dropdown.default);
	});

	it('offers each operation once, under the key the router finds it by, with the entry its module exports', () => {
		expect(options.map((option) => option.value)).toEqual(Object.keys(operations));
		for (const option of options) {
			expect(operations[String(option.value)].option).toBe(option);
			expect(option).toEqual({
				name: expect.any(String),
				value: expect.any(String),
				description: expect.any(String),
				action: expect.any(String),
			});
		}
	});

	it("shows each operation's parameters for that operation alone, in the dropdown's order", () => {
		expect(parameters).toEqual(Object.values(operations).flatMap((module) => module.description));
		for (const [key, module] of Object.entries(operations)) {
			for (const parameter of module.description) {
				expect([parameter.name, parameter.displayOptions?.show?.resource]).toEqual([parameter.name, [resource]]);
				expect([parameter.name, parameter.displayOptions?.show?.operation]).toEqual([parameter.name, [key]]);
			}
		}
	});
});

it('the Resource dropdown offers exactly the resources the router knows', () => {
	const resourceProperty = new JiraServiceManagement().description.properties.find((property) => property.name === 'resource');
	const values = ((resourceProperty?.options ?? []) as INodePropertyOptions[]).map((option) => option.value);
	expect([...values].sort()).toEqual(Object.keys(resources).sort());
});
