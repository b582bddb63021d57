// Topics and audience tags as chips: a plain list, so screen readers announce the count. With
// `onPick`, each chip is a button that filters the library by its value (a chip whose value
// cannot be a filter, `pickable` false, stays plain text).
const TEXT = {
  pickTitle: (value: string) => `Show the saved digests for “${value}”`,
};

interface ChipListProps<T extends string> {
  values: readonly T[];
  label: string;
  tone?: 'topic' | 'audience';
  onPick?: (value: T) => void;
  /** Default: every value. */
  pickable?: (value: T) => boolean;
}

export function ChipList<T extends string>({ values, label, tone = 'topic', onPick, pickable = () => true }: ChipListProps<T>) {
  return (
    <ul class={`chips chips-${tone}`} aria-label={label}>
      {values.map((value) =>
        onPick && pickable(value) ? (
          <li key={value} class="chip-item">
            <button type="button" class="chip chip-button" title={TEXT.pickTitle(value)} onClick={() => onPick(value)}>
              {value}
            </button>
          </li>
        ) : (
          <li key={value} class="chip">
            {value}
          </li>
        ),
      )}
    </ul>
  );
}
