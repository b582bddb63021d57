// Cue phrases per language: the data the rule-based steps read. Rules live in the steps; words
// live here, so a language is added by adding its row.
import type { DigestLanguage } from '../text/digest-language';

export interface LanguageCues {
  /** A heading that announces the article's own takeaway ("Key takeaway", "Fazit"). */
  takeawayHeading: RegExp;
  /** A sentence opening that announces a takeaway; the rest of the sentence is the takeaway. */
  takeawayOpening: RegExp;
  /** The same marker run into the text where a heading was flattened ("... Key Takeaway As the...").
   *  Case is spelled out: under the `i` flag \p{Lu} would match lowercase letters too. */
  takeawayInline: RegExp;
  /** An imperative opening a reader can act on ("Consider", "Nutzen Sie", "Utilisez"). */
  imperative: RegExp;
  /** An imperative told by its shape when the verb is not in the list: "Fill the pot...",
   *  "Wrap them up..." (a capitalized word straight before a determiner or object pronoun). */
  imperativeShape: RegExp | null;
  /** Advice phrased as a statement ("you should", "il faut", "hay que"). */
  advice: RegExp;
  /** Normative or general-claim words ("should", "always", "rewards"). */
  normative: RegExp;
  /** Narrative markers: past events, reported speech; a principle is not an anecdote. */
  narrative: RegExp;
  /** How-to markers: sequence, process, means ("first... then", "by building"). */
  method: RegExp;
  /** The article announcing what it will do ("We'll go through all the items you need…", "In
   *  diesem Artikel zeigen wir…"): a table of contents, never its method or its point. */
  signpost: RegExp;
}

const EN_IMPERATIVE_VERBS =
  'consider|prioriti[sz]e|invest|use|avoid|start|stop|build|focus|ensure|keep|try|remember|choose|pick|set|define|' +
  'measure|test|track|review|plan|write|ask|learn|limit|reduce|cut|add|create|adopt|automate|document|hire|treat|' +
  'design|ship|audit|check|apply|leverage|look|find|identify|map|align|explore|evaluate|negotiate|protect|diversify|' +
  'budget|schedule|delegate|prefer|favou?r|standardi[sz]e|establish|monitor|watch|begin|switch|replace|move|compare|' +
  'resist|embrace|accept|think|make sure|do not|don\'t|never|always|be sure|aim|seek|target|demand|insist|start with|' +
  'opt|swap|go for|reach for|stick to|stick with';

export const CUES: Record<DigestLanguage, LanguageCues> = {
  en: {
    takeawayHeading: /^(the )?(key )?(takeaways?|bottom line|in short|in a nutshell|tl;?dr|the upshot|what it means|conclusion)\b/i,
    takeawayOpening:
      /^(?:(?:the|my|our) )?(?:key |main |big |one )?(?:takeaways?|bottom line|upshot)(?: here)?\s*(?:is|:|—|–|-)\s*(?:that\s+)?|^(?:in short|in sum|in summary|to sum up|in a nutshell|in conclusion|tl;?dr)\s*[,:—–-]?\s*/i,
    takeawayInline: /\b(?:[Kk]ey [Tt]akeaways?|KEY TAKEAWAYS?|[Bb]ottom [Ll]ine|BOTTOM LINE|[Tt]he [Tt]akeaway)\s*[:—–-]?\s+(?=\p{Lu})/u,
    imperative: new RegExp(`^(?:(?:and|so|then|also|first|second|third|finally|instead|next|above all)[,:]?\\s+)?(?:${EN_IMPERATIVE_VERBS})\\b`, 'i'),
    // Gerunds, participles, adverbs, plurals and prepositions take the same shape ("Allowing the
    // soil...", "Unlike the paper towel method..."), so they are excluded by ending or by name.
    // The first word is captured so the step can check it is not a stop-word ("And the...", "In a...").
    imperativeShape:
      /^(?:(?:And|So|Then|Also|First|Next|Finally)[,:]?\s+)?(?!(?:Unlike|Like|During|Despite|Given|Once|Across|Among|Behind|Beyond|Toward|Towards|Including|Following|According|Upon|Throughout|Per|Via|Near|Outside|Inside|Amid|Unless|Whereas|Meanwhile|Today|Yesterday|Tomorrow|Perhaps|Maybe|Indeed|Instead|Otherwise|Thus|Hence|Therefore|However|Moreover|Furthermore|Besides|Nevertheless|Watch|Now|Earlier|Later|Except|Whatever|Whenever|Wherever|Whichever|Whoever|Soon|Recently|Initially|Eventually|Finally|Suddenly|Ahead|Later)\b)([A-Z][a-z]{1,11})(?<!ing|ed|ly|s) (?:the|a|an|your|their|them|it|each|every|some|all|this|these|those|any|up|out|down|off|in mind)\b/u,
    advice:
      /\b(?:you|we|companies|firms|leaders|teams|executives|investors|organi[sz]ations|businesses|managers|founders|developers|readers)\s+(?:should|must|need to|ought to|have to|can start)\b|\b(?:it is|it's) (?:best|wise|worth|important|essential|crucial|smart) to\b|\bmake sure\b|\bthe (?:best|smart) (?:move|way|approach) is to\b|\b(?:we|I) recommend\b/i,
    normative:
      /\b(?:should|must|always|never|every|rewards?|punish(?:es)?|matters?|the key (?:is|to)|the point is|is (?:essential|critical|crucial|key)|tends? to|beats?|wins?|compounds?|above all|the lesson|requires?|depends? on|cannot|can't|only works)\b/i,
    narrative:
      /\b(?:was|were|had|did|said|says|told|announced|reported|yesterday|last (?:week|month|year)|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|I|my|he|she|his|her)\b/i,
    method:
      /\b(?:then|step|steps|process|approach|framework|playbook|method|by (?:\w+ing)|the way to|how to|in order to|loop|until)\b/i,
    signpost:
      /^(?:(?:in this (?:article|post|guide|piece|tutorial|video)|below|here|today|first|next|now|so),?\s+)?(?:we['’]ll|we will|we['’]re going to|we are going to|i['’]ll|i will|i['’]m going to|let['’]s|let us|this (?:article|post|guide|piece|tutorial) (?:will|covers|explains|shows|walks))\s+(?:\S+\s+){0,3}?(?:go through|go over|walk you through|look at|take a look|cover|explore|explain|show you|discuss|dive into|break down|get into|go into|start with|begin with)\b|^read on to\b/i,
  },
  de: {
    takeawayHeading: /^(fazit|kurz gesagt|unterm strich|das wichtigste|kernaussagen?|zusammenfassung|auf einen blick)\b/i,
    takeawayOpening: /^(?:fazit|kurz gesagt|unterm strich|kurzum|zusammengefasst|das wichtigste)\s*[,:—–-]?\s*/i,
    takeawayInline: /\b(?:FAZIT|Fazit|[Uu]nterm [Ss]trich)\s*[:—–-]?\s+(?=\p{Lu})/u,
    imperative: /^(?:(?:und|also|dann|zuerst|außerdem)[,:]?\s+)?\p{Lu}\p{Ll}+(?:en|ern|eln) Sie\b|^(?:achte|nutze|prüfe|plane|setze|vermeide|denke|investiere|beginne|starte)\b/u,
    imperativeShape: null,
    advice: /\b(?:sollten|müssen) Sie\b|\bSie (?:sollten|müssen)\b|\b(?:man sollte|es lohnt sich|empfiehlt es sich|wir empfehlen|es ist (?:wichtig|sinnvoll|ratsam))\b/i,
    normative: /\b(?:sollte|sollten|muss|müssen|immer|nie|niemals|jede[rsnm]?|entscheidend|wichtig|gilt|lohnt|belohnt|kommt es an|hängt ab)\b/i,
    narrative: /\b(?:war|waren|hatte|hatten|sagte|erklärte|berichtete|gestern|letzte[nrs]? (?:woche|monat|jahr)|ich|mein|er|sie sagte)\b/i,
    method: /\b(?:zuerst|zunächst|dann|danach|schritt|schritte|indem|ansatz|methode|vorgehen|prozess|verfahren)\b/i,
    signpost: /^(?:in diesem (?:artikel|beitrag|ratgeber|text)|im folgenden|nachfolgend|hier)\b.{0,40}\b(?:zeigen|erklären|erfahren|stellen|verraten|geben)\b/iu,
  },
  fr: {
    takeawayHeading: /^(en bref|en résumé|à retenir|l['’]essentiel|ce qu['’]il faut retenir|en conclusion|conclusion)\b/i,
    takeawayOpening: /^(?:en bref|en résumé|en somme|bref|en conclusion|à retenir|l['’]essentiel(?: est que)?)\s*[,:—–-]?\s*/i,
    takeawayInline: /(?:^|\s)(?:[ÀA] retenir|[Ee]n bref)\s*[:—–-]?\s+(?=\p{Lu})/u,
    imperative: /^(?:(?:et|donc|puis|d['’]abord|ensuite|enfin)[,:]?\s+)?(?:\p{Lu}\p{Ll}+ez\b|N['’]hésitez|Ne \p{Ll}+ez\b|Pensez|Évitez|Faites|Prenez|Mettez)/u,
    imperativeShape: null,
    advice: /\b(?:vous devez|vous devriez|il faut|il est (?:essentiel|important|conseillé|préférable|utile) de|nous recommandons|mieux vaut|il convient de)\b/i,
    normative: /\b(?:doit|doivent|faut|toujours|jamais|chaque|essentiel|crucial|clé|récompense|dépend)\b/i,
    narrative: /\b(?:était|étaient|avait|avaient|a déclaré|a dit|a annoncé|hier|la semaine dernière|l['’]an dernier|je|mon|il a|elle a)\b/i,
    method: /\b(?:d['’]abord|ensuite|puis|étape|étapes|en \p{L}+ant|approche|méthode|processus|démarche)\b/iu,
    signpost: /^(?:dans (?:cet article|ce guide|ce billet)|ci-dessous|voici)\b.{0,40}\b(?:nous allons|vous allez|nous verrons|découvrez|nous vous expliquons|nous vous présentons)\b/iu,
  },
  es: {
    takeawayHeading: /^(en resumen|en pocas palabras|conclusi[oó]n|lo esencial|la clave|claves|en definitiva)\b/i,
    takeawayOpening: /^(?:en resumen|en pocas palabras|en conclusi[oó]n|en definitiva|en suma|la clave(?: es que)?)\s*[,:—–-]?\s*/i,
    takeawayInline: /\b(?:[Ee]n [Rr]esumen|[Cc]onclusi[oó]n)\s*[:—–-]?\s+(?=\p{Lu})/u,
    imperative:
      /^(?:(?:y|as[ií] que|luego|primero|finalmente)[,:]?\s+)?(?:considere|considera|priorice|prioriza|invierta|invierte|evite|evita|utilice|utiliza|use|usa|aseg[uú]rese|aseg[uú]rate|elija|elige|empiece|empieza|comience|comienza|revise|revisa|mida|mide|defina|define|haga|haz|piense|piensa|tenga en cuenta|ten en cuenta|no olvide|no olvides|apueste|apuesta)\b/i,
    imperativeShape: null,
    advice: /\b(?:debe(?:s|n|mos)?|deber[ií]a(?:s|n)?|hay que|conviene|es (?:importante|esencial|recomendable|clave|mejor)|recomendamos)\b/i,
    normative: /\b(?:debe|deben|siempre|nunca|cada|esencial|clave|fundamental|recompensa|depende)\b/i,
    narrative: /\b(?:fue|fueron|hab[ií]a|dijo|declar[oó]|anunci[oó]|ayer|la semana pasada|el año pasado|yo|mi)\b/i,
    method: /\b(?:primero|luego|despu[eé]s|paso|pasos|mediante|enfoque|m[eé]todo|proceso|\p{L}+ando|\p{L}+iendo)\b/iu,
    signpost: /^(?:en este (?:artículo|post|texto)|a continuación)\b.{0,40}\b(?:vamos a|veremos|te explicamos|te contamos|descubre|te mostramos)\b/iu,
  },
};
