import type { OperationModule } from '../helpers/operation';
import * as comment from './comment/Comment.resource';
import * as request from './request/Request.resource';
import * as requestType from './requestType/RequestType.resource';
import * as serviceDesk from './serviceDesk/ServiceDesk.resource';

/** Every resource of the action node, by the value of its Resource option. */
export const resources = { comment, request, requestType, serviceDesk };

export function findOperation(resource: string, operation: string): OperationModule | undefined {
	return (resources as Record<string, { operations: Record<string, OperationModule> }>)[resource]?.operations[
		operation
	];
}
