// What boilerplate blocks say, in the languages we see most. A block is tested only when it is
// short (see remove-boilerplate-blocks), so a phrase here never takes a paragraph of prose with it.

/** The whole block is one of these (a button label or a heading of a non-article box). */
export const BOILERPLATE_LABELS: readonly RegExp[] = [
  /^(share|share this|share (this |the )?(article|post|story|page)|share on|share via|teilen|artikel teilen|compartir|partager|condividi|partilhar)\s*:?$/i,
  /^(skip to (main )?content|skip to navigation|scroll to top|back to top|go to top|nach oben|zum inhalt springen|volver arriba|haut de page)$/i,
  /^(advertisement|advertising|advert|ad|sponsored|anzeige|werbung|publicidad|publicité|pubblicità)$/i,
  /^(related|related (articles|posts|stories|content|topics)|read (more|next|also)|see also|more (from|on|stories|articles)\b.{0,40}|you (may|might) also like|recommended( for you)?|popular( posts| stories)?|most (read|popular|viewed)|trending( now)?|don'?t miss|latest (news|posts|stories)|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|weitere artikel|lire aussi|à lire aussi|sur le même sujet|lea también|le puede interesar|te puede interesar|leia também|leggi anche|meer nieuws)\s*:?$/i,
  /^(leave a (comment|reply)|post a comment|post comment|comments are closed|tell us what you think|add a comment|write a comment|comments?|\d+ comments?|no comments( yet)?|kommentare?|kommentar schreiben|commentaires?|comentarios?|commenti)\s*:?$/i,
  /^(quellen (ausblenden|einblenden|anzeigen)|(audios? et )?vidéos sur le (même )?sujet)$/i,
  /^(print|print (this )?(article|page|story)|order reprints|text size|drucken|imprimir|imprimer|e-?mail|email this|facebook|twitter|whatsapp|linkedin|pinterest|telegram|reddit|tweet|pin it|copy link|link kopieren)$/i,
  // Account buttons of the page's header, and a banner's label.
  /^(subscribe|sign in|sign up|log ?in|log out|register|my account|abonnieren|anmelden|registrieren|s'abonner|se connecter|suscríbete|iniciar sesión|breaking news|eilmeldung)$/i,
  /^(follow us|folgen sie uns|síguenos|suivez-nous|seguici)\b.{0,40}$/i,
  /^(last (modified|updated)|zuletzt (geändert|aktualisiert)|dernière mise à jour|última actualización)\s*:?$/i,
  /^(we use cookies|this (web)?site uses cookies|we (value|respect) your privacy|wir respektieren (deine|ihre) privatsphäre)\b/i,
  /^(was this (article|post|page) (helpful|useful)|war (der|dieser) (artikel|beitrag) (nützlich|hilfreich)|möchten sie (den|diesen) (artikel|beitrag) teilen|did you (like|enjoy) this (article|post))\??$/i,
  // The placeholder a consent tool puts where an embed (a tweet, a video, a map) would be.
  /^((inhalte?|externe[nr]? inhalte?|video|tweet|beitrag|karte|podcast|twitter|youtube|instagram|facebook|tiktok|spotify|vimeo|x) (freischalten|laden|aktivieren|anzeigen)|datenschutzeinstellungen (verwalten|anpassen|ändern)|(load|show|enable) (the )?(external|embedded|third-party) content)$/i,
  /^(mehr themen|auch lesen|empfohlene (beiträge|artikel)|neueste (artikel|beiträge)|beiträge zum thema|weitere (artikel|beiträge|themen|news)|das könnte (dich|sie) auch interessieren|das (thema )?könnte (dich|sie) auch interessieren|themen im artikel|lade weitere inhalte|load more|mehr laden|mehr anzeigen|show more|permalink|permalien|voir aussi|nos (derniers )?articles|artículos relacionados|notas relacionadas|más noticias|también te puede interesar)\s*:?$/i,
];

/** The block starts with one of these and is short: a kicker, a sign-up line, a copyright line. */
export const BOILERPLATE_KICKERS: readonly RegExp[] = [
  /^(anzeige|werbung|advertisement|sponsored( content)?|publicidad|publicité)\s*[-–:|]/i,
  /^(lea|lee|vea|mira|léase|leer también|ver también|relacionad[oa]s?|te puede interesar|le puede interesar)\s*:/i,
  /^(read more|read also|see also|see more|related|more|also read|recommended|don'?t miss|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi|à lire aussi|lea también|lea más|lee también|leia também|leia mais|leggi anche|vea también)\s*(:|»|›|>|–|-|\|)/i,
  /^(sign up|subscribe) (for|to) (our|the|my) .{0,40}(newsletter|daily|weekly|updates|emails?)\b/i,
  /^(get|receive) (our|the) .{0,40}newsletter\b/i,
  /\b(sign(ing)? up|subscrib(e|ing)) (to|for) our .{0,30}newsletter\b/i,
  /^we want to hear what you think about this (article|story)\b/i,
  /^join (\d[\d,.]*\+?|over \d|more than \d)/i,
  /^(newsletter|jetzt abonnieren|abonnieren sie)\b/i,
  /(©|\(c\)|copyright)\s*\d{4}|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés/i,
  /^(tags?|schlagwörter|stichwörter|themen|etiquetas|mots-clés|tagged( with)?)\s*:/i,
  /^(we use cookies|this (web)?site uses cookies|by (continuing|using) (to (use|browse) )?this (web)?site)/i,
  /^(wir respektieren (deine|ihre) privatsphäre|(mit dem|durch das|beim) laden (des|der) (videos?|tweets?|inhalts?|beitrags?|karte|podcasts?)\b.{0,80}(akzeptier|stimm|datenschutz)|by (loading|playing|viewing|showing) (the|this) (video|tweet|content|map|podcast)\b.{0,80}(agree|accept))/i,
  /^(source|sources|quelle|quellen|fuente|fuentes|fonte|fontes)\s*:\s*\S.{0,60}$/i,
  /^(category|categories|kategorie|kategorien|catégorie|catégories|categoría|categorías|rubrik|filed under|posted in)\s*:\s*\S.{0,80}$/i,
  /^follow (us|the \S+|\S+) on (twitter|facebook|instagram|x|linkedin|telegram|whatsapp|youtube)\b/i,
  /\b(our|unser(en)?|nuestro|notre) (telegram|whatsapp|youtube)[- ]?(channel|kanal)|\b(canal|chaîne) (de )?(telegram|whatsapp|youtube)\b/i,
  /^for the latest .{0,40}(download|get) (the|our) .{0,30}apps?\b/i,
  /^(click here|klicken sie hier|haga clic aquí|cliquez ici) to (subscribe|sign up|read|download)/i,
];

/** Said only by page furniture, so a block of up to 60 words that says it goes whole: a theme's post footer, a legal nav line. */
export const BOILERPLATE_SENTENCES: readonly RegExp[] = [
  // Affiliate disclosures, letters-page calls and buying-guide promos ("check out our … guide").
  /\b(this (post|article|page) (may )?contains? affiliate links|(we|i) (may )?(earn|receive) (a )?(small )?(commission|share of (the )?sales)|if you (buy|purchase) (something )?(through|via) (our|these|the) links|(enthält|mit) (affiliate|provisions|werbe)-?links|liens (affiliés|d'affiliation)|enlaces de afiliados)/i,
  /\b(submit|send|write) (us )?(a |your )?letters? to the editor\b|\bcheck out our\b.{0,60}\b(guides?|reviews?|deals|round-?up)\b/i,
  // A comment form's moderation notice, an article's contact footer ("Write to … at name@site").
  /\b(comments?|comentários|comentarios|kommentare|commentaires)\b.{0,80}\b(moderat|approv|aprovad|freigeschaltet|geprüft)/i,
  /^(write to|email|e-mail|contact) .{2,60}\s(at|unter|à)\s+\S+@\S+\.\w+\.?$/i,
  /\b(you can follow any responses to this entry through the rss|both comments and pings are currently closed|kommentare und pings sind derzeit nicht erlaubt|kommentare zu diesen? eintrag im rss)/i,
  /\b(impressum|imprint)\s*[|·•]\s*.{0,60}\b(datenschutz|privacy)|\b(datenschutz\S*|privacy policy)\s*[|·•]\s*.{0,60}\b(impressum|imprint)\b/i,
];
