import type { PathId } from '../../helpers/callOperation';
import { alertLocator, opsIdParameter } from '../../helpers/operations';

/** The chosen alert's id, `{id}` in the JSM Operations alert paths. */
export const ALERT_ID: PathId = {
	property: alertLocator,
	key: 'alertId',
	placeholders: ['id'],
	read: (context, itemIndex) => opsIdParameter(context, itemIndex, 'alert', 'alert'),
};
