// Search box and topic / audience / site filters of the library page.
import { Component } from 'preact';
import type { DigestQuery } from '../lib/library/search-digests';
import type { FacetValue, LibraryFacets } from '../lib/library/library-facets';

interface LibraryFiltersProps {
  query: DigestQuery;
  facets: LibraryFacets;
  /** Called with the part of the query that changed. */
  onChange: (patch: Partial<DigestQuery>) => void;
}

export function LibraryFilters({ query, facets, onChange }: LibraryFiltersProps) {
  return (
    <div class="filters" role="search">
      <div class="field field-search">
        <label class="field-label" for="filter-text">
          Search
        </label>
        <input
          id="filter-text"
          type="search"
          value={query.text ?? ''}
          placeholder="Any word of the cards or the articles"
          onInput={(event) => onChange({ text: event.currentTarget.value })}
        />
      </div>
      <FacetSelect label="Topic" all="All topics" values={facets.topics} value={query.topic} onSelect={(topic) => onChange({ topic })} />
      <FacetSelect
        label="Audience"
        all="All audiences"
        values={facets.audiences}
        value={query.audience}
        onSelect={(audience) => onChange({ audience })}
      />
      <FacetSelect label="Site" all="All sites" values={facets.sites} value={query.site} onSelect={(site) => onChange({ site })} />
    </div>
  );
}

interface FacetSelectProps {
  label: string;
  all: string;
  values: readonly FacetValue[];
  value: string | undefined;
  onSelect: (value: string | undefined) => void;
}

function FacetSelect({ label, all, values, value, onSelect }: FacetSelectProps) {
  const id = `filter-${label.toLowerCase()}`;
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <select id={id} value={value ?? ''} onChange={(event) => onSelect(event.currentTarget.value || undefined)}>
        <option value="">{all}</option>
        <FacetOptions values={values} />
      </select>
    </div>
  );
}

/**
 * The options of one filter, re-rendered only when the facets change: at 10,000 digests there are
 * hundreds of topics, and every keystroke of a search re-rendered them all.
 */
class FacetOptions extends Component<{ values: readonly FacetValue[] }> {
  override shouldComponentUpdate(next: { values: readonly FacetValue[] }): boolean {
    return next.values !== this.props.values;
  }

  override render() {
    return this.props.values.map((facet) => (
      <option key={facet.value} value={facet.value}>
        {facet.value} ({facet.count})
      </option>
    ));
  }
}
