import { forgetSiteGates } from '../../nodes/shared/transport';

// Rate-limit gates are shared per credential and site for the life of the n8n process, and the harness gives
// every run the same credential id: without this, a quota one test configures on its sandbox would pause the
// next test's runs. Runs inside one test still share their gate, as they would in n8n.
afterEach(() => forgetSiteGates());
