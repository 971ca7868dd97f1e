import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Who sees a comment, JSM's `public` flag: the customer too, or only agents. Adding a comment and attaching files
 * (which come with a comment) ask the same question the same way.
 */
export function visibilityOption(description?: string): INodeProperties {
	return {
		displayName: 'Visibility',
		name: 'visibility',
		type: 'options',
		options: [
			{ name: 'Public (Customer Can See It)', value: 'public' },
			{ name: 'Internal (Agents Only)', value: 'internal' },
		],
		default: 'public',
		...(description && { description }),
	};
}

/** Whether the comment is public (the customer sees it), from the Visibility dropdown. */
export function isPublicParameter(context: IExecuteFunctions, itemIndex: number): boolean {
	return context.getNodeParameter('visibility', itemIndex, 'public') === 'public';
}

/** A comment's text, typed as plain text (written and rewritten the same way). */
export function commentTextOption(description: string): INodeProperties {
	return {
		displayName: 'Text',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description,
	};
}

/** The comment's text; Jira refuses an empty comment, so it is refused here first, naming the item. */
export function commentTextParameter(context: IExecuteFunctions, itemIndex: number): string {
	const body = String(context.getNodeParameter('body', itemIndex, '') ?? '');
	if (body.trim()) return body;
	throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: the comment Text is empty`, { itemIndex });
}
