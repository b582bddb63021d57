// Base URL, model, API key and context size of one remote endpoint. The stored key never goes
// into the DOM: the key field starts empty, its placeholder shows the masked key, and only while
// the base URL is on the origin the key was entered for (endpoint-key.ts).
import { keyForBaseUrl } from '../../lib/engines/endpoint-key';
import type { RemoteEndpoint } from '../../lib/engines/engine-settings';
import { originPatternFor } from '../../lib/engines/origin-permission';
import { maskApiKey } from '../../lib/engines/redact-settings';
import { t } from '../i18n/t';
import type { EndpointPreset } from './endpoint-presets';

interface Props {
  idPrefix: string;
  endpoint: RemoteEndpoint;
  /** What the user typed in the key field this session ('' = keep the stored key). */
  keyInput: string;
  keyRequired: boolean;
  presets?: readonly EndpointPreset[];
  onChange(endpoint: RemoteEndpoint): void;
  onKeyInput(key: string): void;
  onRemoveKey(): void;
}

export function EndpointFields({ idPrefix, endpoint, keyInput, keyRequired, presets, onChange, onKeyInput, onRemoveKey }: Props) {
  const origin = originPatternFor(endpoint.baseUrl);
  const id = (name: string) => `${idPrefix}-${name}`;
  const savedKey = maskApiKey(keyForBaseUrl(endpoint));
  return (
    <div class="endpoint-fields">
      {presets && (
        <div class="presets" role="group" aria-label={t('endpointPresets')}>
          {presets.map((preset) => (
            <button
              type="button"
              class="button"
              key={preset.label}
              onClick={() => onChange({ ...endpoint, baseUrl: preset.baseUrl, model: preset.model })}
            >
              {preset.label}
            </button>
          ))}
        </div>
      )}
      <label for={id('base-url')}>{t('endpointBaseUrl')}</label>
      <input
        id={id('base-url')}
        type="url"
        value={endpoint.baseUrl}
        spellcheck={false}
        onInput={(event) => onChange({ ...endpoint, baseUrl: event.currentTarget.value })}
      />
      {!origin.ok && <p class="field-error">{origin.message}</p>}
      {origin.ok && origin.insecure && (
        <p class="field-warn">{t('endpointInsecure')}</p>
      )}
      <label for={id('model')}>{t('endpointModel')}</label>
      <input
        id={id('model')}
        type="text"
        value={endpoint.model}
        spellcheck={false}
        onInput={(event) => onChange({ ...endpoint, model: event.currentTarget.value })}
      />
      <label for={id('api-key')}>{keyRequired ? t('endpointKey') : t('endpointKeyOptional')}</label>
      <div class="key-row">
        <input
          id={id('api-key')}
          type="password"
          autocomplete="off"
          value={keyInput}
          placeholder={savedKey ? t('endpointKeySaved', savedKey) : t('endpointKeyNotSet')}
          onInput={(event) => onKeyInput(event.currentTarget.value)}
        />
        {savedKey && (
          <button type="button" class="button" onClick={onRemoveKey}>
            {t('endpointRemoveKey')}
          </button>
        )}
      </div>
      {endpoint.apiKey && !savedKey && (
        <p class="hint">{endpoint.keyOrigin ? t('endpointKeyElsewhere', endpoint.keyOrigin) : t('endpointKeyElsewhereUnknown')}</p>
      )}
      <label for={id('context')}>{t('endpointContext')}</label>
      <input
        id={id('context')}
        type="number"
        min={2000}
        step={1000}
        value={endpoint.contextTokens}
        onInput={(event) => {
          const tokens = Number(event.currentTarget.value);
          if (Number.isFinite(tokens) && tokens > 0) onChange({ ...endpoint, contextTokens: tokens });
        }}
      />
      <p class="hint">{t('endpointHint')}</p>
    </div>
  );
}
