import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { numericIdParameter, serviceDeskLocator } from './parameters';

const ONE = { name: 'One Service Desk', value: 'serviceDesk' };
const ALL = { name: 'All Service Desks', value: 'all' };

/**
 * Some lists exist per service desk and across all of them (request types, knowledge base articles): a Scope
 * dropdown, its default listed first, and the service desk locator shown for one service desk.
 */
export function serviceDeskScope(defaultScope: 'serviceDesk' | 'all', description?: string): INodeProperties[] {
	return [
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			options: defaultScope === 'all' ? [ALL, ONE] : [ONE, ALL],
			default: defaultScope,
			...(description && { description }),
		},
		{ ...serviceDeskLocator, displayOptions: { show: { scope: ['serviceDesk'] } } },
	];
}

/** The chosen service desk's id when the scope is one service desk; undefined for all of them. */
export function scopedServiceDeskId(context: IExecuteFunctions, itemIndex: number): string | undefined {
	if (context.getNodeParameter('scope', itemIndex) !== 'serviceDesk') return undefined;
	return numericIdParameter(context, itemIndex, 'serviceDesk', 'service desk');
}
