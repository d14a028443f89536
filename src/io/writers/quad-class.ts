import type { PloverType } from '../../doc/article.js';

/**
 * The quad category of each PLOVER type (PLOVER manual, "Quad category" of each type), numbered as GDELT's QuadClass
 * and PLOVER's quad_code: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
 */
export const QUAD_CLASS: Readonly<Record<PloverType, 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};
