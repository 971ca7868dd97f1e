// An operation declared through callOperation makes the call its `api` entry names: the path template is filled
// from the ids read, so the catalogue (checked against Atlassian's contract) and the request can never disagree.
import { catalogueCall, REQUEST_ID, REQUEST_TYPE_ID, SERVICE_DESK_ID } from '../../nodes/JiraServiceManagement/helpers/callOperation';
import { COMMENT_ID } from '../../nodes/JiraServiceManagement/actions/comment/commentId';
import { ALERT_ID } from '../../nodes/JiraServiceManagement/actions/alert/alertId';

test('the path is the api entry with its placeholders filled, whichever name the endpoint gives the request', () => {
	const feedback = catalogueCall('GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback', [REQUEST_ID]);
	expect(feedback.method).toBe('GET');
	expect(feedback.path({ requestKey: 'ITS-42' })).toBe('/rest/servicedeskapi/request/ITS-42/feedback');
	const comment = catalogueCall('DELETE /rest/api/3/issue/{issueIdOrKey}/comment/{id}', [REQUEST_ID, COMMENT_ID]);
	expect(comment.path({ requestKey: 'ITS-42', commentId: '10042' })).toBe('/rest/api/3/issue/ITS-42/comment/10042');
	const type = catalogueCall('GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}', [
		SERVICE_DESK_ID,
		REQUEST_TYPE_ID,
	]);
	expect(type.path({ serviceDeskId: '1', requestTypeId: '10' })).toBe('/rest/servicedeskapi/servicedesk/1/requesttype/10');
});

test('a JSM Operations entry is sent to that API: the path after its root, whose {cloudId} the transport fills', () => {
	const note = catalogueCall('POST /jsm/ops/api/{cloudId}/v1/alerts/{id}/notes', [ALERT_ID]);
	expect(note.api).toBe('operations');
	expect(note.path({ alertId: 'e0caa0ce-d52f' })).toBe('/v1/alerts/e0caa0ce-d52f/notes');
	expect(catalogueCall('GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback', [REQUEST_ID]).api).toBeUndefined();
});

test('a placeholder no id fills is refused when the operation is declared, not at a run', () => {
	expect(() => catalogueCall('GET /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}', [REQUEST_ID])).toThrow(
		'Nothing fills {approvalId} of GET /rest/servicedeskapi/request/{issueIdOrKey}/approval/{approvalId}',
	);
});
