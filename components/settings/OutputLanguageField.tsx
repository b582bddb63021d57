// The language AI engines write the card in: the article's (default) or one of a few, each named
// in itself ("Deutsch", "Français"), as language pickers do, by the browser's own Intl data.
import { OUTPUT_LANGUAGES, type OutputLanguage } from '../../lib/engines/output-language';
import { t } from '../i18n/t';

interface OutputLanguageFieldProps {
  value: OutputLanguage;
  onChange(value: OutputLanguage): void;
}

export function OutputLanguageField({ value, onChange }: OutputLanguageFieldProps) {
  const label = (language: OutputLanguage) => (language === 'article' ? t('outputLanguageArticle') : ownName(language));
  return (
    <div class="endpoint-fields">
      <label for="output-language">{t('outputLanguage')}</label>
      <select
        id="output-language"
        value={value}
        aria-describedby="output-language-hint"
        onChange={(event) => onChange(OUTPUT_LANGUAGES.find((language) => language === event.currentTarget.value) ?? 'article')}
      >
        {OUTPUT_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language === 'article' ? undefined : language}>
            {label(language)}
          </option>
        ))}
      </select>
      <p id="output-language-hint" class="hint">
        {t('outputLanguageHint')}
      </p>
    </div>
  );
}

/** "Deutsch" for "de"; French and Spanish name themselves in lower case, a list entry starts with a capital. */
function ownName(language: string): string {
  const name = new Intl.DisplayNames(language, { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
