import type { IDataObject } from 'n8n-workflow';

/** Feedback as one flat record, its comment as plain text. */
export function feedbackOutput(requestKey: string, feedback: IDataObject): IDataObject {
	const comment = (feedback.comment as IDataObject | undefined)?.body;
	return { requestKey, ...feedback, comment: typeof comment === 'string' ? comment : undefined };
}
