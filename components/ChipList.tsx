// Topics and audience tags as chips: a plain list, so screen readers announce the count. With
// `onPick`, each chip is a button that filters the library by its value (a chip whose value
// cannot be a filter, `pickable` false, stays plain text).
import { t } from './i18n/t';

interface ChipListProps<T extends string> {
  values: readonly T[];
  label: string;
  tone?: 'topic' | 'audience';
  /** How a value reads (an audience in the interface's language). Default: the value. */
  nameOf?: (value: T) => string;
  /** The values' language, when it is not the interface's (topics are the article's words). */
  lang?: string;
  onPick?: (value: T) => void;
  /** Default: every value. */
  pickable?: (value: T) => boolean;
}

export function ChipList<T extends string>({ values, label, tone = 'topic', nameOf = (value) => value, lang, onPick, pickable = () => true }: ChipListProps<T>) {
  return (
    <ul class={`chips chips-${tone}`} aria-label={label}>
      {values.map((value) =>
        onPick && pickable(value) ? (
          <li key={value} class="chip-item">
            <button type="button" class="chip chip-button" lang={lang} title={t('chipShowSaved', nameOf(value))} onClick={() => onPick(value)}>
              {nameOf(value)}
            </button>
          </li>
        ) : (
          <li key={value} class="chip" lang={lang}>
            {nameOf(value)}
          </li>
        ),
      )}
    </ul>
  );
}
