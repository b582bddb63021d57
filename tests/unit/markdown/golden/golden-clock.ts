/** The fixed clock of the Markdown goldens: their `saved:` date. */
export const GOLDEN_NOW = new Date('2026-11-21T12:00:00.000Z');
