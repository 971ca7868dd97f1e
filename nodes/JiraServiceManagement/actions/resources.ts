import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../helpers/operation';
import * as alert from './alert/Alert.resource';
import * as applicationRole from './applicationRole/ApplicationRole.resource';
import * as approval from './approval/Approval.resource';
import * as assetsObject from './assetsObject/AssetsObject.resource';
import * as assetsObjectSchema from './assetsObjectSchema/AssetsObjectSchema.resource';
import * as assetsObjectType from './assetsObjectType/AssetsObjectType.resource';
import * as attachment from './attachment/Attachment.resource';
import * as auditRecord from './auditRecord/AuditRecord.resource';
import * as comment from './comment/Comment.resource';
import * as customer from './customer/Customer.resource';
import * as form from './form/Form.resource';
import * as group from './group/Group.resource';
import * as heartbeat from './heartbeat/Heartbeat.resource';
import * as issue from './issue/Issue.resource';
import * as knowledgeBase from './knowledgeBase/KnowledgeBase.resource';
import * as onCall from './onCall/OnCall.resource';
import * as organization from './organization/Organization.resource';
import * as participant from './participant/Participant.resource';
import * as queue from './queue/Queue.resource';
import * as request from './request/Request.resource';
import * as requestType from './requestType/RequestType.resource';
import * as schedule from './schedule/Schedule.resource';
import * as serviceDesk from './serviceDesk/ServiceDesk.resource';
import * as site from './site/Site.resource';
import * as team from './team/Team.resource';
import * as user from './user/User.resource';
import * as workspace from './workspace/Workspace.resource';

/** Every resource of the action node, by the value of its Resource option. */
export const resources = {
	alert,
	applicationRole,
	approval,
	assetsObject,
	assetsObjectSchema,
	assetsObjectType,
	attachment,
	auditRecord,
	comment,
	customer,
	form,
	group,
	heartbeat,
	issue,
	knowledgeBase,
	onCall,
	organization,
	participant,
	queue,
	request,
	requestType,
	schedule,
	serviceDesk,
	site,
	team,
	user,
	workspace,
};

/** How users see an operation in the editor, e.g. `User → Get Groups` (for error messages). */
export function operationLabel(resource: string, operation: string): string {
	const resourceName = resource.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());
	const description = (resources as Record<string, { description: INodeProperties[] }>)[resource]?.description ?? [];
	const options = (description.find((property) => property.name === 'operation')?.options ?? []) as INodePropertyOptions[];
	const operationName = options.find((option) => option.value === operation)?.name ?? operation;
	return `${resourceName} → ${operationName}`;
}

export function findOperation(resource: string, operation: string): OperationModule | undefined {
	return (resources as Record<string, { operations: Record<string, OperationModule> }>)[resource]?.operations[
		operation
	];
}
