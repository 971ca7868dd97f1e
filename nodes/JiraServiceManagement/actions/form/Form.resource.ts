import { resourceFrom } from '../../helpers/resource';
import * as attach from './attach.operation';
import * as changeVisibility from './changeVisibility.operation';
import * as getAnswers from './getAnswers.operation';
import * as getMany from './getMany.operation';
import * as reopen from './reopen.operation';
import * as saveAnswers from './saveAnswers.operation';
import * as submit from './submit.operation';

/** The resource's operations, in the order of its Operation dropdown. */
export const { operations, description } = resourceFrom('form', 'getMany', [
	attach,
	changeVisibility,
	getAnswers,
	getMany,
	reopen,
	saveAnswers,
	submit,
]);
