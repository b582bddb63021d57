// Search box and topic / audience / site filters of the library page.
import { Component } from 'preact';
import type { DigestQuery } from '../lib/library/search-digests';
import type { FacetValue, LibraryFacets } from '../lib/library/library-facets';
import { audienceName } from './i18n/audience-names';
import { t } from './i18n/t';

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
          {t('filterSearch')}
        </label>
        <input
          id="filter-text"
          type="search"
          value={query.text ?? ''}
          placeholder={t('filterSearchHint')}
          onInput={(event) => onChange({ text: event.currentTarget.value })}
        />
      </div>
      <FacetSelect id="filter-topic" label={t('filterTopic')} all={t('filterAllTopics')} values={facets.topics} value={query.topic} onSelect={(topic) => onChange({ topic })} />
      <FacetSelect
        id="filter-audience"
        label={t('filterAudience')}
        all={t('filterAllAudiences')}
        values={facets.audiences}
        nameOf={(audience) => audienceName(t, audience)}
        value={query.audience}
        onSelect={(audience) => onChange({ audience })}
      />
      <FacetSelect id="filter-site" label={t('filterSite')} all={t('filterAllSites')} values={facets.sites} value={query.site} onSelect={(site) => onChange({ site })} />
    </div>
  );
}

interface FacetSelectProps {
  id: string;
  label: string;
  all: string;
  values: readonly FacetValue[];
  /** How a value reads (an audience in the interface's language); default: as it is. */
  nameOf?: (value: string) => string;
  value: string | undefined;
  onSelect: (value: string | undefined) => void;
}

function FacetSelect({ id, label, all, values, nameOf, value, onSelect }: FacetSelectProps) {
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <select id={id} value={value ?? ''} onChange={(event) => onSelect(event.currentTarget.value || undefined)}>
        <option value="">{all}</option>
        <FacetOptions values={values} nameOf={nameOf} />
      </select>
    </div>
  );
}

interface FacetOptionsProps {
  values: readonly FacetValue[];
  nameOf?: (value: string) => string;
}

/**
 * The options of one filter, re-rendered only when the facets change: at 10,000 digests there are
 * hundreds of topics, and every keystroke of a search re-rendered them all.
 */
class FacetOptions extends Component<FacetOptionsProps> {
  override shouldComponentUpdate(next: FacetOptionsProps): boolean {
    return next.values !== this.props.values;
  }

  override render() {
    const nameOf = this.props.nameOf ?? ((value: string) => value);
    return this.props.values.map((facet) => (
      <option key={facet.value} value={facet.value}>
        {nameOf(facet.value)} ({facet.count})
      </option>
    ));
  }
}
