/**
 * Request -> Create with the field types beyond text and select, in the shapes JSM takes them
 * (JSM "Field input formats"), on an n8n instance in Berlin (TZ of the process) running a workflow set to Tokyo.
 *
 * @jest-environment ./test/helpers/time-zone-environment.js
 * @jest-environment-options {"timeZone": "Europe/Berlin"}
 */

import { runNode } from '../helpers/run-node';
import { adminCredentials } from '../helpers/sandbox';
import { locator, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const WORKFLOW_ZONE = 'Asia/Tokyo';
const PREFERRED_DATE = 'customfield_10104';
const NEEDED_BY = 'customfield_10106';
const OFFICE_FLOOR = 'customfield_10107';
const DEVICE = 'customfield_10108';
const ORGANIZATIONS = 'customfield_10002';

const hardware = (): any => [...sb.state.requestTypes.values()].find((rt: any) => rt.name === 'Request new hardware');
const issueByKey = (key: string): any => [...sb.state.issues.values()].find((issue: any) => issue.key === key);
const option = (value: string, parent?: string): any =>
	[...sb.state.fieldOptions.values()].find(
		(o: any) => o.fieldId === OFFICE_FLOOR && o.value === value && (parent ? sb.state.fieldOptions.get(o.parentId)?.value === parent : !o.parentId),
	);

/** What n8n's editor saves for the resource mapper: the column types make n8n hand dateTime columns over as Luxon DateTimes. */
const column = (id: string, type: string) => ({ id, displayName: id, required: id === 'summary', defaultMatch: false, display: true, type });
const SCHEMA = [
	column('summary', 'string'),
	column(PREFERRED_DATE, 'dateTime'),
	column(NEEDED_BY, 'dateTime'),
	column(OFFICE_FLOOR, 'string'),
	column(DEVICE, 'string'),
	column(ORGANIZATIONS, 'string'),
	column('attachment', 'string'),
];

function create(value: Record<string, unknown>, extra: Record<string, unknown> = {}, schema = SCHEMA) {
	const rt = hardware();
	return runNode({
		parameters: {
			resource: 'request',
			operation: 'create',
			serviceDesk: locator(rt.serviceDeskId),
			requestType: locator(rt.id),
			requestFieldValues: { mappingMode: 'defineBelow', value, matchingColumns: [], schema },
		},
		credentials: adminCredentials(sb),
		timezone: WORKFLOW_ZONE,
		...extra,
	});
}

async function createRequestDirectly(requestFieldValues: Record<string, unknown>) {
	const rt = hardware();
	const response = await fetch(`${sb.url}/rest/servicedeskapi/request`, {
		method: 'POST',
		headers: {
			authorization: `Basic ${Buffer.from('admin@sandbox.test:sandbox-admin-token').toString('base64')}`,
			'content-type': 'application/json',
		},
		body: JSON.stringify({ serviceDeskId: rt.serviceDeskId, requestTypeId: rt.id, requestFieldValues: { summary: 'Direct', ...requestFieldValues } }),
	});
	return { status: response.status, body: (await response.json()) as any };
}

describe('the sandbox reads field values the way JSM does', () => {
	test.each([
		['a Date Time with a trailing Z', { [NEEDED_BY]: '2026-12-01T00:30:00.000Z' }, 'Error parsing time: 2026-12-01T00:30:00.000Z'],
		['a Date Time with a colon in the offset', { [NEEDED_BY]: '2026-12-01T09:30:00.000+09:00' }, 'Error parsing time'],
		['a Date that is not yyyy-MM-dd', { [PREFERRED_DATE]: '2026-12-01T00:00:00.000Z' }, 'Error parsing date string'],
		['Organizations as objects', { [ORGANIZATIONS]: [{ id: '1' }] }, 'Operation value must be a number at array index 0'],
		['attachments as objects', { attachment: [{ id: 'temp1' }] }, "Please provide a valid value for field 'Attachment'"],
		['a cascading child under another parent', { [OFFICE_FLOOR]: { value: 'Remote', child: { value: 'Level 1' } } }, "field 'Office and floor'"],
		['an Assets object without its workspace', { [DEVICE]: [{ objectId: '88' }] }, "field 'Device to replace'"],
	])('refuses %s with a 400', async (_name, values, message) => {
		const answer = await createRequestDirectly(values);
		expect(answer.status).toBe(400);
		expect(answer.body.errorMessage).toContain(message);
	});

	test('takes the documented shapes', async () => {
		const workspaceId = sb.state.assetsWorkspaceId;
		const answer = await createRequestDirectly({
			[NEEDED_BY]: '2015-11-18T14:39:00.000+1100',
			[PREFERRED_DATE]: '2015-11-18',
			[ORGANIZATIONS]: [1, 2],
			[OFFICE_FLOOR]: { value: 'Berlin office', child: { value: 'Level 1' } },
			[DEVICE]: [{ workspaceId, id: `${workspaceId}:88`, objectId: '88' }],
		});
		expect(answer.status).toBe(201);
	});
});

describe('dates keep the day and time the user gave (instance in Berlin, workflow in Tokyo)', () => {
	test('the process runs in Berlin', () => {
		expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Berlin');
		expect(new Date('2026-12-01T00:00:00').toISOString()).toBe('2026-11-30T23:00:00.000Z');
	});

	test('a Date field keeps its calendar day, not the UTC day before (midnight in Berlin)', async () => {
		const result = await create({ summary: 'Laptop for a new starter', [PREFERRED_DATE]: '2026-12-01' });
		expect(result.error?.message).toBeUndefined();
		expect(issueByKey(String(result.items[0].json.key)).fieldValues[PREFERRED_DATE]).toBe('2026-12-01');
	});

	test('a Date Time goes out with the numeric offset of the workflow zone, not as UTC with a Z', async () => {
		const result = await create({ summary: 'Laptop by 9:30', [NEEDED_BY]: '2026-12-01T09:30:00' });
		expect(result.error?.message).toBeUndefined();
		expect(issueByKey(String(result.items[0].json.key)).fieldValues[NEEDED_BY]).toBe('2026-12-01T09:30:00.000+0900');
	});

	test('values from expressions: a time with an offset keeps its instant, one without is Tokyo time', async () => {
		const result = await create(
			{ summary: '={{ $json.summary }}', [PREFERRED_DATE]: '={{ $json.day }}', [NEEDED_BY]: '={{ $json.neededBy }}' },
			{
				input: [
					{ summary: 'Monitor', day: '2026-12-01', neededBy: '2026-12-01T09:30:00+01:00' },
					{ summary: 'Dock', day: '2027-01-01T00:00:00', neededBy: '2026-12-31T23:45' },
				],
			},
		);
		expect(result.error?.message).toBeUndefined();
		const [first, second] = result.items.map((item) => issueByKey(String(item.json.key)));
		expect(first.fieldValues).toMatchObject({ [PREFERRED_DATE]: '2026-12-01', [NEEDED_BY]: '2026-12-01T17:30:00.000+0900' });
		expect(second.fieldValues).toMatchObject({ [PREFERRED_DATE]: '2027-01-01', [NEEDED_BY]: '2026-12-31T23:45:00.000+0900' });
	});

	test('a date that is not one is refused naming the item and the field', async () => {
		// n8n's own check refuses this in a dateTime column; a text column hands it to the node as it is.
		const textColumns = SCHEMA.map((entry) => ({ ...entry, type: 'string' }));
		const result = await create({ summary: 'Bad date', [NEEDED_BY]: 'next Tuesday' }, {}, textColumns);
		expect(result.error?.message).toBe('Item 0: Needed by (customfield_10106) must be a date and time such as 2026-12-01T09:30, not "next Tuesday"');
	});

	test('Request -> Update keeps the due date the user picked, through the same converter', async () => {
		const issue = [...sb.state.issues.values()].find((i: any) => i.serviceDeskId && !i.dueDate) as any;
		const result = await runNode({
			parameters: { resource: 'request', operation: 'update', request: locator(issue.key), updateFields: { duedate: '2026-12-01T00:00:00' } },
			credentials: adminCredentials(sb),
			timezone: WORKFLOW_ZONE,
		});
		expect(result.error?.message).toBeUndefined();
		expect(issue.dueDate).toBe('2026-12-01');
	});
});

describe('field shapes', () => {
	test("an attachment field uploads the item's binary fields and sends their temporary IDs", async () => {
		const headers: Array<Record<string, unknown>> = [];
		const stop = sb.onRequest(({ path, headers: sent }) => {
			if (path.endsWith('/attachTemporaryFile')) headers.push(sent);
		});
		const result = await create(
			{ summary: 'Broken screen', attachment: 'photo, log' },
			{
				binary: [
					{
						photo: { data: Buffer.from('PNGDATA').toString('base64'), fileName: 'screen.png', mimeType: 'image/png' },
						log: { data: Buffer.from('boot failed\n').toString('base64'), fileName: 'boot.log', mimeType: 'text/plain' },
					},
				],
			},
		);
		stop();
		expect(result.error?.message).toBeUndefined();
		const stored = issueByKey(String(result.items[0].json.key));
		const files = stored.attachmentIds.map((id: string) => sb.state.attachments.get(id));
		expect(files.map((f: any) => [f.filename, f.content.toString()])).toEqual([
			['screen.png', 'PNGDATA'],
			['boot.log', 'boot failed\n'],
		]);
		expect(sb.state.temporaryAttachments.size).toBe(0);
		expect(headers.map((sent) => sent['x-experimentalapi'])).toEqual(['opt-in']);
	});

	test('an attachment field naming a binary field the item lacks fails before anything is uploaded or created', async () => {
		const before = sb.state.issues.size;
		const requests = sb.requests.length;
		const result = await create({ summary: 'No file', attachment: 'photo' });
		expect(result.error?.message).toMatch(/^Item 0: .*photo/);
		expect(sb.state.issues.size).toBe(before);
		expect(sb.requests.slice(requests).filter((r) => r.method === 'POST')).toEqual([]);
	});

	test('a cascading select carries its child, by label or by ID, and the child must be under that parent', async () => {
		const byLabel = await create({ summary: 'Desk move', [OFFICE_FLOOR]: 'Berlin office > Level 1' });
		expect(byLabel.error?.message).toBeUndefined();
		expect(issueByKey(String(byLabel.items[0].json.key)).fieldValues[OFFICE_FLOOR]).toEqual({
			parentId: option('Berlin office').id,
			childId: option('Level 1', 'Berlin office').id,
		});

		const byId = await create({ summary: 'Desk move 2', [OFFICE_FLOOR]: `${option('Sydney HQ').id} > ${option('Level 2', 'Sydney HQ').id}` });
		expect(byId.error?.message).toBeUndefined();
		expect(issueByKey(String(byId.items[0].json.key)).fieldValues[OFFICE_FLOOR]).toEqual({
			parentId: option('Sydney HQ').id,
			childId: option('Level 2', 'Sydney HQ').id,
		});

		const wrong = await create({ summary: 'Desk move 3', [OFFICE_FLOOR]: 'Remote > Level 1' });
		expect(wrong.error?.message).toBe('Item 0: "Level 1" is not an option under "Remote" in Office and floor (customfield_10107); options there: none');
	});

	test('Organizations go out as numbers', async () => {
		const result = await create({ summary: 'For two teams', [ORGANIZATIONS]: '1, 2' });
		expect(result.error?.message).toBeUndefined();
		expect(issueByKey(String(result.items[0].json.key)).organizationIds).toEqual(['1', '2']);
	});

	test("Assets objects go out workspace-qualified, with the site's workspace looked up once", async () => {
		const workspaceId = sb.state.assetsWorkspaceId;
		const requests = sb.requests.length;
		const result = await create({ summary: '={{ $json.summary }}', [DEVICE]: '={{ $json.device }}' }, { input: [{ summary: 'Replace 88', device: '88' }, { summary: 'Replace 89 and 90', device: '89, 90' }] });
		expect(result.error?.message).toBeUndefined();
		const [first, second] = result.items.map((item) => issueByKey(String(item.json.key)));
		expect(first.fieldValues[DEVICE]).toEqual([{ workspaceId, id: `${workspaceId}:88`, objectId: '88' }]);
		expect(second.fieldValues[DEVICE].map((o: any) => o.id)).toEqual([`${workspaceId}:89`, `${workspaceId}:90`]);
		expect(sb.requests.slice(requests).filter((r) => r.path === '/rest/servicedeskapi/assets/workspace')).toHaveLength(1);
	});
});
