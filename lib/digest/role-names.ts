// The roles a sentence can play on a card (SENTENCE-ROLES.md), in the order the model's weights use.
export const ROLES = ['thesis', 'principle', 'method', 'action', 'insight', 'detail', 'boilerplate'] as const;
export type Role = (typeof ROLES)[number];
