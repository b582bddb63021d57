// A short label's text without the punctuation around it ("– Anzeige –", "Related:"), so label
// phrases can be matched whole.
import { foldSpace } from './cleaning-step';

export function foldLabel(text: string): string {
  return foldSpace(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}?!)]+$/gu, '');
}
