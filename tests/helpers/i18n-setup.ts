// vitest setupFiles: every unit test file starts with the extension's English messages.
import { setTestLocale } from './test-i18n';

setTestLocale('en', 'en-GB');
