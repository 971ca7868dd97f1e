import { locator, resourceRunner, sandboxForFile } from '../helpers/node-file';

const sb = sandboxForFile();

const run = resourceRunner(sb, 'knowledgeBase');
const matching = (word: string, deskId?: string): any[] =>
	sb.state.articles.filter(
		(a: any) => `${a.title} ${a.excerpt}`.toLowerCase().includes(word) && (!deskId || a.serviceDeskId === deskId),
	);

test('query articles of every service desk, or of one, with highlighting', async () => {
	const all = await run({ operation: 'queryArticles', query: 'team', scope: 'all', returnAll: true });
	expect(all.items.map((item) => item.json.title)).toEqual(matching('team').map((a) => a.title));
	expect(all.items.length).toBeGreaterThan(10);

	const hr = await run({ operation: 'queryArticles', query: 'leave', scope: 'serviceDesk', serviceDesk: locator('2'), returnAll: true });
	expect(hr.items.map((item) => (item.json.source as any).pageId)).toEqual(matching('leave', '2').map((a) => String(a.pageId)));

	const marked = await run({ operation: 'queryArticles', query: 'vpn', scope: 'all', limit: 1, options: { highlight: true } });
	expect(marked.items).toHaveLength(1);
	expect(marked.items[0].json.title).toContain('@@@hl@@@VPN@@@endhl@@@');
});

test('view an article as HTML', async () => {
	const article = sb.state.articles[3];
	const result = await run({ operation: 'viewArticle', pageId: String(article.pageId) });
	expect(result.items[0].json).toEqual({ pageId: String(article.pageId), html: article.body });
});

test('bad input names the item and the field, and every item yields one item', async () => {
	const result = await run(
		{ operation: 'queryArticles', query: '={{ $json.q }}', scope: 'all', limit: 1 },
		{ input: [{ q: ' ' }, { q: 'vpn' }], continueOnFail: true },
	);
	expect(result.items).toHaveLength(2);
	expect(result.items[0].json.error).toBe('Item 0: Search Query is empty');
	expect(result.items[1].json.title).toBe(matching('vpn')[0].title);

	const view = await run({ operation: 'viewArticle', pageId: '12/../../servicedesk' });
	expect(view.error?.message).toBe('Item 0: the page "12/../../servicedesk" is not a valid id (a whole number such as 1)');
});
