// Sections the page itself labels as boilerplate: "About the author" with its bio, "Related" or
// "Most read" with their links, a table of contents. The label and what follows it up to the next
// heading of the same rank go, provided what follows looks like what the label says.
import { removeElement, type CleaningStep } from '../cleaning-step';
import { countWords, elementsNamed, isLinkBlock, linkDensity, outermostWrapper } from '../element-tests';
import { foldLabel } from '../fold-label';

const LABEL_HOLDERS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'strong', 'b', 'div', 'span']);

interface SectionKind {
  reason: string;
  label: RegExp;
  /** Whether the elements after the label are what the label promises. */
  fits: (words: number, density: number) => boolean;
  /** Whether the label may head a single block of links amid the prose, when the rest is not what it says. */
  linksAmidProse?: boolean;
}

const SECTION_KINDS: readonly SectionKind[] = [
  {
    reason: 'author bio',
    label: /^(about the author|about the writer|about me|über den autor|über die autorin|zum autor|zur autorin|der autor|die autorin|sobre el autor|sobre la autora|sobre o autor|à propos de l'auteur|l'auteur|l'autrice|l'autore)$/i,
    fits: (words) => words <= 150,
  },
  {
    reason: 'related or popular list',
    label: /^(related|related (articles|posts|stories|content|topics|links)|read (more|next|also)|see (also|more)|don'?t miss|more (from|on|stories|articles|news)\b.{0,40}|you (may|might) also like|recommended( for you| reading)?|popular( posts| stories)?|most (read|popular|viewed|shared|commented)|trending( now)?|latest (news|posts|stories|articles)|meist(gelesen|diskutiert|kommentiert|geklickt)e? .{0,20}|mehr zum thema|weitere (artikel|beiträge|themen|news)\b.{0,30}|das könnte (dich|sie) auch interessieren|lesen sie auch|à lire aussi|lire aussi|sur le même sujet|artículos relacionados|notas relacionadas|más noticias|te puede interesar|leia também|leggi anche)$/i,
    fits: (words, density) => words === 0 || density >= 0.5,
    linksAmidProse: true,
  },
  {
    reason: 'table of contents',
    label: /^(table of contents|contents|in this article|inhaltsverzeichnis|inhalt|índice|sommaire|contenido|indice)$/i,
    fits: (words, density) => words === 0 || density >= 0.6,
  },
  {
    reason: 'comments',
    label: /^(\d+ )?(comments?|responses|replies|leave a (comment|reply)|kommentare?|commentaires?|comentarios?|commenti)( \(\d+\))?$/i,
    fits: (words) => words <= 300,
  },
];

const MAX_LABEL_WORDS = 8;
const MAX_LABEL_CHARS = 120;
const BLOCK_CHILD = new Set(['P', 'DIV', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function sectionKind(label: string): SectionKind | null {
  for (const kind of SECTION_KINDS) if (kind.label.test(label)) return kind;
  return null;
}

export const removeBoilerplateSections: CleaningStep = {
  name: 'remove-boilerplate-sections',
  phase: 'content',
  run(root, context) {
    for (const label of elementsNamed(root, LABEL_HOLDERS)) {
      const first = label.firstElementChild;
      if (label.children.length > 2 || (first && BLOCK_CHILD.has(first.tagName))) continue;
      const raw = label.textContent ?? '';
      if (raw.length > MAX_LABEL_CHARS || !root.contains(label)) continue;
      const text = foldLabel(raw);
      if (!text || countWords(text) > MAX_LABEL_WORDS) continue;
      const kind = sectionKind(text);
      if (!kind) continue;
      const anchor = outermostWrapper(label);
      const section = followingSection(anchor);
      const sectionWords = section.reduce((n, e) => n + countWords(e.textContent ?? ''), 0);
      const sectionLinks = section.reduce((n, e) => n + linkDensity(e) * (e.textContent ?? '').length, 0);
      const sectionChars = section.reduce((n, e) => n + (e.textContent ?? '').length, 0);
      // Amid the prose, a "Don't miss" label heads one block of links and the article goes on after it.
      const [next] = section;
      const taken = kind.fits(sectionWords, sectionChars ? sectionLinks / sectionChars : 0) ? section : kind.linksAmidProse && next && isLinkBlock(next) ? [next] : null;
      if (!taken) continue;
      removeElement(context, anchor, this.name, `${kind.reason} label`);
      for (const element of taken) removeElement(context, element, this.name, kind.reason);
    }
  },
};

// The siblings after the label, up to the next heading of the same or a higher rank.
function followingSection(anchor: Element): Element[] {
  const rank = /^H[1-6]$/.test(anchor.tagName) ? Number(anchor.tagName[1]) : 7;
  const section: Element[] = [];
  for (let next = anchor.nextElementSibling; next; next = next.nextElementSibling) {
    const heading = /^H[1-6]$/.test(next.tagName) ? Number(next.tagName[1]) : next.querySelector('h1, h2, h3, h4, h5, h6') ? 0 : 8;
    if (heading <= rank) break;
    section.push(next);
  }
  return section;
}
