// Phrases that mark page furniture rather than the article: subscription gates, sharing and
// cookie prompts, copyright lines, promo kickers. Generic across sites and the four languages;
// extraction should already drop these, and this is the digest's own guard when it does not.

export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /\b(subscribe (now|today|to|for|and)|already a subscriber|available to [\w ]{0,40}subscribers|subscribers only|sign up (for|to|now)|log ?in to|sign ?in to|our newsletter|the newsletter)\b/i,
  /\b(we use cookies|accept cookies|cookie (policy|settings)|privacy policy|terms of (service|use)|all rights reserved)\b/i,
  /©|\(c\) ?\d{4}/i,
  /\b(share this|follow us|click here|read more|continue reading|keep reading|scroll (down|to top)|skip to content|related articles?)\b/i,
  /\b(advertisement|sponsored content|(is|are|was) (sponsored|brought to you|presented) by|get notified|get access|full archive|watch the video|scroll down for|check out more|more on this story)\b/i,
  // Magazine and newsletter offers: "delivered through your letterbox", "12 issues for £11.99".
  /\b(delivered (to|through) your (door|letterbox|inbox|mailbox)|\d+ issues for|free trial|sign up for free)\b/i,
  // Prompts to use the site rather than to act on the article: its guides, downloads, sharing,
  // letters page, affiliate deals. Verbs and objects, not any site's wording.
  /\b(check out (our|the rest of our|more of our)|(check out|read|see|visit|browse|explore) (our|all our|the) (\w+ ){0,4}(guides?|reviews?|coverage|picks|deals|archive|store|shop)|(read|see|visit|browse|explore) (our|all our) (\w+ )?(list|site|page)|buying guides?|letters? to the editor|submit (a|your) letter|affiliate (links?|commissions?|partners?|programs?)|(we|I) (may )?(earn|receive|get) (a )?(small )?commission|share (it|this|them|this (post|article|story)) with|support (our|us|independent journalism)|join (our|us)\b|download (our|your free|a free|the free)|become a (member|subscriber|patron))\b/i,
  // Prompts to the comments: "Let us know how it went in the comment section", "Leave a comment below".
  /\b(let us know (what you think|how it (went|goes)|in the comments?)|(leave|drop|post) (us )?a comment|in the comments? (section|below)|(hinterlassen Sie|schreiben Sie (uns )?) (einen|gerne einen) Kommentar|laissez(-nous)? un commentaire|en los comentarios|d[eé]janos (un|tu) comentario)\b/i,
  /\b(teilen Sie (diesen|den|unseren)|jetzt herunterladen|partagez (cet|cette|notre)|téléchargez (notre|gratuitement)|comparte (este|esta|nuestro)|descarga (gratis|nuestra|nuestro))\b/i,
  /\b(jetzt abonnieren|newsletter abonnieren|alle rechte vorbehalten|weiterlesen|datenschutzerklärung)\b/i,
  // Where the post first ran, and appeals to fund the site's journalism: "Dieser Beitrag … erschien
  // zuerst im Blog DoSchu.Com", "Helfen Sie mit, sichern Sie kritischen, unabhängigen Journalismus".
  /\b((this|the) (post|article|story|piece|column) (\S+ ){0,3}(first|originally) (appeared|published|posted)|(dieser|der) (Beitrag|Artikel|Text) (\S+ ){0,8}erschien (zuerst|ursprünglich)|(sichern|unterstützen|fördern) Sie (\S+ ){0,3}Journalismus)\b/i,
  // Accounts, promos and appeals: "…müssen Sie sich bitte einloggen", "Erfahren Sie hier mehr
  // über…", "Deshalb unterstütze uns (monatlich oder auch einmalig)…".
  /\b(einloggen|(Sie sich|registrieren Sie sich) (\S+ ){0,4}(registrieren|anmelden)|erfahren Sie (hier )?mehr|unterstützen? (Sie )?uns|zum login|(einen )?neuen (Account|Benutzer|Konto) (anlegen|erstellen|registrieren)|(create|register) (an|a free|your) account|(log|sign) in or (register|sign up)|inscrivez-vous|en savoir plus|soutenez-nous|más información|apóyanos)\b/i,
  /\b(abonnez-vous|s'abonner|connectez-vous|tous droits réservés|lire la suite)\b/i,
  /\b(suscr[ií]bete|inicia sesi[oó]n|todos los derechos reservados|leer m[aá]s|reg[ií]strate)\b/i,
  // Menus and promo strips flattened into text: "A | B"; prose does not use a spaced pipe.
  / \| /,
];

// An author bio ("X is the creator of Y, which reached..."), only trusted near the article's end,
// where bios sit; in the body the same words are news ("Jobs was the founder of Apple").
export const BIO_PATTERN =
  /\b(is|was) (the|a|an) (creator|founder|co-founder|author|editor|writer|contributor|columnist|host) (of|at|for)\b/i;

/** Patterns that read capitals, tested apart (the combined expression ignores case): a download
 *  of a named product ("download the Online Business Success Roadmap") is a promo. */
const CASED_PATTERNS: readonly RegExp[] = [/\b[Dd]ownload (?:the|our) (?:\p{Lu}[\p{L}-]* ){2,}/u];

// All of them as one expression: most sentences match none, and one scan of the text answers
// that for them. Case-insensitive is harmless for the one pattern written without the flag (a pipe).
const ANY_BOILERPLATE = new RegExp(BOILERPLATE_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/** The first pattern the sentence matches, or null. */
export function boilerplateMatch(text: string): RegExp | null {
  if (!ANY_BOILERPLATE.test(text)) return CASED_PATTERNS.find((pattern) => pattern.test(text)) ?? null;
  return BOILERPLATE_PATTERNS.find((pattern) => pattern.test(text)) ?? null;
}
