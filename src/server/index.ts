export { startServer, type RunningServer, type ServeOptions } from './server.js';
export { createApp, DEFAULT_MAX_BODY_BYTES, DEFAULT_WEB_ROOT, type AppOptions } from './app.js';
export { isLoopbackHost, newToken, TOKEN_ENV } from './access.js';
export { ApiError, type ErrorBody } from './errors.js';
export { buildNetwork } from './network.js';
export type { Network, NetworkEdge, NetworkNode, Timeline, TimelineBucket, TimelineGroup, TimelineInterval } from './api-types.js';
export { buildTimeline, isoWeek } from './timeline.js';
