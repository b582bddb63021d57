// Topics and audience tags as chips: a plain list, so screen readers announce the count.
interface ChipListProps {
  values: readonly string[];
  label: string;
  tone?: 'topic' | 'audience';
}

export function ChipList({ values, label, tone = 'topic' }: ChipListProps) {
  return (
    <ul class={`chips chips-${tone}`} aria-label={label}>
      {values.map((value) => (
        <li key={value} class="chip">
          {value}
        </li>
      ))}
    </ul>
  );
}
