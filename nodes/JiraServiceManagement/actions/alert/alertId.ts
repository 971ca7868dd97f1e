import type { IExecuteFunctions } from 'n8n-workflow';

import { opsIdParameter } from '../../helpers/operations';

/** The path of the chosen alert, `/v1/alerts/{id}`. */
export function alertPath(context: IExecuteFunctions, itemIndex: number): string {
	return `/v1/alerts/${opsIdParameter(context, itemIndex, 'alert', 'alert')}`;
}
