import type { PloverType } from '../../doc/article.js';

/** Types whose parties act together: a meeting is one event between both, the first named as source. */
export const SYMMETRIC_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'COOPERATE', 'AGREE']);
