import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Email and display name, as both Create and Invite take them. */
export const customerProperties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: "The customer's email address",
	},
	{
		displayName: 'Display Name',
		name: 'displayName',
		type: 'string',
		default: '',
		description: "The customer's name as shown in Jira; defaults to the part of the email before the @",
	},
];

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function customerBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const email = String(context.getNodeParameter('email', itemIndex, '') ?? '').trim();
	if (!EMAIL.test(email)) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: Email "${email}" is not an email address`, {
			itemIndex,
		});
	}
	const displayName = String(context.getNodeParameter('displayName', itemIndex, '') ?? '').trim();
	return displayName ? { email, displayName } : { email };
}
