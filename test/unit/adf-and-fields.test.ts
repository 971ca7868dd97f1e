import { adfToText, textToAdf } from '../../nodes/shared/helpers/adf';
import {
	toMapperFields,
	toRequestFieldValues,
	type RequestTypeField,
} from '../../nodes/JiraServiceManagement/actions/request/requestFields';

describe('ADF', () => {
	it('round-trips plain text by paragraphs', () => {
		const text = 'Printer on fire\nSecond floor';
		expect(adfToText(textToAdf(text))).toBe(text);
	});
});

describe('request type fields', () => {
	const fields: RequestTypeField[] = [
		{ fieldId: 'summary', name: 'Summary', required: true, jiraSchema: { type: 'string', system: 'summary' } },
		{ fieldId: 'priority', name: 'Priority', required: false, jiraSchema: { type: 'priority' }, validValues: [{ value: '2', label: 'High' }, { value: '3', label: 'Medium' }] },
		{ fieldId: 'customfield_10010', name: 'Laptops', required: false, jiraSchema: { type: 'array', items: 'option' }, validValues: [{ value: '100', label: 'Mac' }, { value: '101', label: 'PC' }] },
		{ fieldId: 'duedate', name: 'Due date', required: false, jiraSchema: { type: 'date' } },
		{ fieldId: 'customfield_1', name: 'Count', required: false, jiraSchema: { type: 'number' } },
	];

	it('become resource mapper columns with required flags and allowed values', () => {
		const columns = toMapperFields(fields);
		expect(columns[0]).toMatchObject({ id: 'summary', required: true, type: 'string' });
		expect(columns[1]).toMatchObject({ id: 'priority', type: 'options', options: [{ name: 'High', value: '2' }, { name: 'Medium', value: '3' }] });
		expect(columns[3]).toMatchObject({ id: 'duedate', type: 'dateTime' });
	});

	it('shape values the way Jira wants them', () => {
		expect(
			toRequestFieldValues(fields, { summary: 'Hi', priority: 'High', customfield_10010: 'Mac, 101', duedate: '2026-12-01T10:00:00Z', customfield_1: '3' }),
		).toEqual({ summary: 'Hi', priority: { id: '2' }, customfield_10010: [{ id: '100' }, { id: '101' }], duedate: '2026-12-01', customfield_1: 3 });
	});

	it('name the field in every refusal', () => {
		expect(() => toRequestFieldValues(fields, {})).toThrow(/Summary \(summary\)/);
		expect(() => toRequestFieldValues(fields, { summary: 'x', priority: 'Urgent' })).toThrow(/Priority \(priority\).*High, Medium/);
		expect(() => toRequestFieldValues(fields, { summary: 'x', customfield_1: 'many' })).toThrow(/Count \(customfield_1\) must be a number/);
		expect(() => toRequestFieldValues(fields, { summary: 'x', nope: 1 })).toThrow(/"nope" is not on this request type/);
	});
});
