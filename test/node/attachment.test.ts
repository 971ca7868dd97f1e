import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const run = resourceRunner(sb, 'attachment');
const file = (text: string, fileName: string, mimeType = 'text/plain') => ({
	data: Buffer.from(text).toString('base64'),
	fileName,
	mimeType,
});
const withAttachments = (): any[] =>
	[...sb.state.issues.values()].filter((issue: any) => issue.serviceDeskId && issue.attachmentIds.length > 0);
const attachment = (id: string): any => sb.state.attachments.get(id);

test('query lists the attachments of a request, with their IDs', async () => {
	const issue = withAttachments()[0];
	const result = await run({ operation: 'query', request: locator(issue.key), returnAll: true });
	expect(result.items.map((item) => item.json.id)).toEqual(issue.attachmentIds);
	expect(result.items[0].json).toMatchObject({
		requestKey: issue.key,
		filename: attachment(issue.attachmentIds[0]).filename,
		size: attachment(issue.attachmentIds[0]).size,
	});
});

test('create uploads binary data, attaches it with a comment, and query by comment finds it', async () => {
	const issue = [...sb.state.issues.values()].find((i: any) => i.serviceDeskId === '2') as any;
	const before = issue.attachmentIds.length;
	const result = await run(
		{
			operation: 'create',
			request: locator(issue.key),
			binaryPropertyName: 'report, photo',
			visibility: 'internal',
			options: { comment: 'Logs and a photo of the screen' },
		},
		{ binary: [{ report: file('disk full\n', 'report.txt'), photo: file('PNGDATA', 'screen.png', 'image/png') }] },
	);
	expect(result.error).toBeUndefined();
	expect(issue.attachmentIds).toHaveLength(before + 2);
	const [report, photo] = issue.attachmentIds.slice(-2).map(attachment);
	expect(report).toMatchObject({ filename: 'report.txt', mimeType: 'text/plain' });
	expect(report.content.toString()).toBe('disk full\n');
	expect(photo).toMatchObject({ filename: 'screen.png', mimeType: 'image/png' });
	expect(photo.content.toString()).toBe('PNGDATA');
	const comment = issue.comments.at(-1);
	expect(comment).toMatchObject({ body: 'Logs and a photo of the screen', public: false });
	expect(comment.attachmentIds).toEqual([report.id, photo.id]);

	const out = result.items[0].json as any;
	expect(out.requestKey).toBe(issue.key);
	expect(out.attachments.map((a: any) => a.id)).toEqual([report.id, photo.id]);
	expect(sb.requests.some((r) => r.path === `/rest/servicedeskapi/request/${issue.key}`)).toBe(true);

	const ofComment = await run({ operation: 'query', request: locator(issue.key), returnAll: true, filters: { commentId: comment.id } });
	expect(ofComment.items.map((item) => item.json.filename)).toEqual(['report.txt', 'screen.png']);
});

test('create with a given service desk skips reading the request', async () => {
	const issue = [...sb.state.issues.values()].find((i: any) => i.serviceDeskId === '3') as any;
	const requestsBefore = sb.requests.length;
	const result = await run(
		{ operation: 'create', request: locator(issue.key), binaryPropertyName: 'data', visibility: 'public', options: { serviceDeskId: '3' } },
		{ binary: [{ data: file('hello', 'hello.txt') }] },
	);
	expect(result.error).toBeUndefined();
	expect(attachment(issue.attachmentIds.at(-1))).toMatchObject({ filename: 'hello.txt' });
	expect(issue.comments.at(-1).public).toBe(true);
	const paths = sb.requests.slice(requestsBefore).map((r) => `${r.method} ${r.path}`);
	expect(paths).toEqual([
		'POST /rest/servicedeskapi/servicedesk/3/attachTemporaryFile',
		`POST /rest/servicedeskapi/request/${issue.key}/attachment`,
	]);
});

test('download puts the file into binary data, or its thumbnail', async () => {
	const issue = withAttachments().find((i) => i.attachmentIds.some((id: string) => attachment(id).mimeType === 'image/png'));
	const png = attachment(issue.attachmentIds.find((id: string) => attachment(id).mimeType === 'image/png'));
	const result = await run({ operation: 'download', request: locator(issue.key), attachmentId: png.id, binaryPropertyName: 'file' });
	expect(result.error).toBeUndefined();
	const item = result.items[0];
	expect(item.json).toMatchObject({ requestKey: issue.key, filename: png.filename, mimeType: 'image/png' });
	expect(item.binary?.file).toMatchObject({ fileName: png.filename, mimeType: 'image/png' });
	expect(Buffer.from(item.binary!.file.data, 'base64').equals(png.content)).toBe(true);

	const thumb = await run({ operation: 'download', request: locator(issue.key), attachmentId: png.id, binaryPropertyName: 'data', options: { thumbnail: true } });
	expect(thumb.items[0].binary?.data).toMatchObject({ fileName: `thumbnail-${png.filename}`, mimeType: 'image/png' });
	expect(sb.requests.some((r) => r.path.endsWith(`/attachment/${png.id}/thumbnail`))).toBe(true);
});

test('delete removes the attachment', async () => {
	const issue = withAttachments()[1];
	const id = issue.attachmentIds[0];
	const result = await run({ operation: 'delete', attachmentId: id });
	expect(result.items[0].json).toEqual({ attachmentId: id, deleted: true });
	expect(attachment(id)).toBeUndefined();
	expect(issue.attachmentIds).not.toContain(id);
});

test('bad input names the item and the field, and every item yields one item', async () => {
	const issue = [...sb.state.issues.values()].find((i: any) => i.serviceDeskId === '1') as any;
	const before = issue.attachmentIds.length;
	const result = await run(
		{ operation: 'create', request: locator(issue.key), binaryPropertyName: 'data', visibility: 'public' },
		{ input: [{}, {}], binary: [undefined, { data: file('ok', 'ok.txt') }], continueOnFail: true },
	);
	expect(result.items).toHaveLength(2);
	expect(result.items[0].json.error).toMatch(/binary file 'data'.*\[item 0\]/);
	expect(result.items[1].json.requestKey).toBe(issue.key);
	expect(issue.attachmentIds).toHaveLength(before + 1);

	const badId = await run({ operation: 'delete', attachmentId: '10001; DROP' });
	expect(badId.error?.message).toBe('Item 0: the attachment "10001; DROP" is not a valid id (a whole number such as 1)');
});

// Atlassian's description of attachTemporaryFile shows the call with X-ExperimentalApi: opt-in (the contract
// does not mark the operation experimental, so the sandbox records the header rather than requiring it).
test('create sends X-ExperimentalApi: opt-in with attachTemporaryFile, as Atlassian\'s example does', async () => {
	const issue = [...sb.state.issues.values()].find((i: any) => i.serviceDeskId === '1') as any;
	const headers: Array<Record<string, unknown>> = [];
	const stop = sb.onRequest(({ path, headers: sent }) => {
		if (path.endsWith('/attachTemporaryFile')) headers.push(sent);
	});
	const result = await run(
		{ operation: 'create', request: locator(issue.key), binaryPropertyName: 'data', options: { serviceDeskId: '1' } },
		{ binary: [{ data: file('hello', 'hello.txt') }] },
	);
	stop();
	expect(result.error?.message).toBeUndefined();
	expect(headers).toHaveLength(1);
	expect(headers[0]['x-experimentalapi']).toBe('opt-in');
	expect(headers[0]['x-atlassian-token']).toBe('no-check');
});
