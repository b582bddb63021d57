import { render } from 'preact';
import { localizeDocument } from '../../components/i18n/t';
import { PopupApp } from '../../components/PopupApp';
import '../../components/popup.css';
import '../../components/theme.css';
import { createPopupServices } from './create-popup-services';

const root = document.getElementById('app');
if (!root) throw new Error('popup.html has no #app element');
localizeDocument('extName');
render(<PopupApp services={createPopupServices()} />, root);
