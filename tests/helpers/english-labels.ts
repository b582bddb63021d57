// The Markdown export's English words, as the CLI uses them by default and the extension in an
// English browser.
import { markdownLabels } from '../../components/i18n/markdown-labels';
import { translatorFor } from '../../scripts/i18n/locale-messages';

export const ENGLISH_LABELS = markdownLabels(translatorFor('en'));
