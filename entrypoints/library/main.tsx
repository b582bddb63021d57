import { render } from 'preact';
import { LibraryApp } from '../../components/LibraryApp';
import '../../components/library.css';
import '../../components/theme.css';
import { createLibraryServices } from './create-library-services';

const root = document.getElementById('app');
if (!root) throw new Error('library.html has no #app element');
// library.html#<page URL> opens that page's card (the popup links there after Save).
const openUrl = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : null;
render(<LibraryApp services={createLibraryServices()} initialOpenUrl={openUrl} />, root);
