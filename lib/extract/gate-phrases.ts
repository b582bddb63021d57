// Words of paywalls and subscribe gates that cut an article short, in the languages we see most.
// A block saying one of these (and little else) is a gate: it is removed and the article is partial.

export const GATE_PHRASES: readonly RegExp[] = [
  /\b(subscribe|sign up|register|log ?in|sign in)( now| today)? to (keep|continue) reading\b/i,
  /^to (continue|keep) reading,? (please )?(subscribe|sign in|log ?in|register|become a member)/i,
  /\bthis (post|article|story|content|episode) is (only )?(available |reserved )?(for|to) (paid |paying |premium )?(subscribers|members)\b/i,
  /^already (a |an )?(paid |paying |premium )?(subscriber|member|registered)\??/i,
  /\b(you('re| are) )?already (a )?subscriber\b.{0,40}\blog ?in\b/i,
  /^to (view|read|see) the (full|whole|rest of the|complete) (story|article|post),? (please )?(subscribe|log ?in|sign in|register)/i,
  /\bsubscribe\b.{0,60}\bfor the (full|whole|complete) (story|article)\b/i,
  /\b(log|sign) ?in to read the (full|whole|rest of the) (article|story|post)\b/i,
  /^(the rest of|read the rest of) this (article|story|post) is (only )?(available|for) /i,
  /\byou(['’]ve| have) (reached|used) your (limit of )?(free )?(article|story|monthly)/i,
  /\bcreate a free account to (continue|keep) reading\b/i,
  /^(dieser|der) (artikel|beitrag) ist (nur )?(für|exklusiv für) (abonnenten|abonnent|plus-leser)/i,
  /^(cet|la suite de cet) article est réservé(e)? aux abonnés/i,
  /^(este|el) (artículo|contenido) es exclusivo para (suscriptores|socios)/i,
];

/** Words every gate above holds one of: a page whose text has none of them has no gate. */
export const GATE_WORDS = /subscri|reading|member|log ?in|sign ?in|account|reached your|abonn|suscrip|exclusiv|réservé/i;

/** A cheap first test on a text node before the block around it is tested against GATE_PHRASES. */
export const GATE_HINT = /subscri|reading|member|log ?in|sign ?in|paid|paying|premium|account|reached your|abonn|suscrip|exclusiv|réservé/i;
