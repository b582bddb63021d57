// The options page's content: a heading, the engine settings and where Send to Obsidian puts notes.
import { t } from '../../components/i18n/t';
import { EngineSettingsView } from '../../components/settings/EngineSettingsView';
import { ObsidianSettingsView, type ObsidianSettingsServices } from '../../components/settings/ObsidianSettingsView';
import type { SettingsServices } from '../../components/settings/settings-services';

export function OptionsPage({ services, obsidian }: { services: SettingsServices; obsidian: ObsidianSettingsServices }) {
  return (
    <main class="options-page">
      <h1>{t('settingsHeading')}</h1>
      <EngineSettingsView services={services} />
      <ObsidianSettingsView services={obsidian} />
    </main>
  );
}
