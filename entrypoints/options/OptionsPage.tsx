// The options page's content: a heading and the engine settings view.
import { EngineSettingsView } from '../../components/settings/EngineSettingsView';
import type { SettingsServices } from '../../components/settings/settings-services';

export function OptionsPage({ services }: { services: SettingsServices }) {
  return (
    <main class="options-page">
      <h1>Article Digest settings</h1>
      <EngineSettingsView services={services} />
    </main>
  );
}
