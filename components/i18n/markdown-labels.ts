// The Markdown export's words (lib/markdown/markdown-labels.ts) from the messages: the same
// section names as the card's, in the language `translate` speaks.
import type { MarkdownLabels } from '../../lib/markdown/markdown-labels';
import { audienceNames } from './audience-names';
import type { Translate } from './t';

export function markdownLabels(translate: Translate): MarkdownLabels {
  return {
    sections: {
      summary: translate('sectionSummary'),
      keyTakeaway: translate('sectionKeyTakeaway'),
      keyInsights: translate('sectionKeyInsights'),
      principles: translate('sectionPrinciples'),
      method: translate('sectionMethod'),
      inPractice: translate('sectionInPractice'),
      topics: translate('sectionTopics'),
      bestFor: translate('sectionBestFor'),
    },
    untitled: translate('mdUntitled'),
    source: translate('cardSourceLink'),
    audiences: audienceNames(translate),
    attribution: {
      // The slots travel through the message's placeholders untouched.
      digestOf: translate('mdDigestOf', '{title}'),
      originalArticle: translate('mdOriginalArticle'),
      byAuthor: translate('mdByAuthor', '{author}'),
      publishedBy: translate('mdPublishedBy', '{site}'),
      publishedOn: translate('mdPublishedOn', '{date}'),
      closing: translate('mdClosing'),
    },
  };
}
