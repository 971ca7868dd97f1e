import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { jsonObjectParameter } from '../../helpers/json';

/** What one answer may hold (FormAnswer: JSM OpenAPI file, and the Forms API's "Save form answers"). */
const ANSWER_KEYS = new Set(['text', 'date', 'time', 'choices', 'users', 'files', 'adf']);
const LISTS = new Set(['choices', 'users', 'files']);

export const ANSWERS_EXAMPLE = '{"1": {"text": "MacBook Pro"}, "2": {"choices": ["1"]}, "3": {"date": "2026-12-24"}}';

/**
 * Form answers by question ID, in the shape Jira takes them. A bare text or number stands for `{ "text": ... }`;
 * anything else is refused here, naming the item and question, rather than by Jira.
 */
export function answersParameter(context: IExecuteFunctions, itemIndex: number, name: string, label: string): IDataObject {
	const raw = jsonObjectParameter(context, itemIndex, name, label, ANSWERS_EXAMPLE);
	const fail = (problem: string) => new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${label}: ${problem}`, { itemIndex, description: `For example ${ANSWERS_EXAMPLE}` });
	const answers: IDataObject = {};
	for (const [questionId, value] of Object.entries(raw)) {
		if (!/^[0-9]+$/.test(questionId)) throw fail(`"${questionId}" is not a question ID (question IDs are numbers, such as "1")`);
		if (typeof value === 'string' || typeof value === 'number') {
			answers[questionId] = { text: String(value) };
			continue;
		}
		if (!value || typeof value !== 'object' || Array.isArray(value)) throw fail(`the answer to question ${questionId} must be a text or an object`);
		for (const [key, part] of Object.entries(value as IDataObject)) {
			if (!ANSWER_KEYS.has(key)) throw fail(`question ${questionId}: "${key}" is not one of ${[...ANSWER_KEYS].join(', ')}`);
			if (LISTS.has(key) && !(Array.isArray(part) && part.every((entry) => typeof entry === 'string'))) {
				throw fail(`question ${questionId}: "${key}" must be a list of IDs as texts`);
			}
			if (!LISTS.has(key) && key !== 'adf' && typeof part !== 'string') throw fail(`question ${questionId}: "${key}" must be a text`);
		}
		answers[questionId] = value as IDataObject;
	}
	return answers;
}
