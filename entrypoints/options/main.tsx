// The options page (opened in a tab from the popup and the library): the digest engine settings
// and Send to Obsidian's.
// Only browser wiring lives here; the view and its services are in components/settings.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { localizeDocument } from '../../components/i18n/t';
import { createObsidianSettingsServices, createSettingsServices } from '../../components/settings/create-settings-services';
import '../../components/settings/settings.css';
import '../../components/theme.css';
import { OptionsPage } from './OptionsPage';
import './options.css';

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app element');
localizeDocument('settingsPageTitle');
const services = createSettingsServices({
  storage: browser.storage.local,
  // Called straight from the click handler with nothing awaited before it: the browser shows the
  // permission prompt only inside the user's gesture.
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  // Unbound window.fetch: calling it as a method of another object throws "Illegal invocation".
  fetch: (input, init) => fetch(input, init),
});
render(<OptionsPage services={services} obsidian={createObsidianSettingsServices(browser.storage.local)} />, root);
