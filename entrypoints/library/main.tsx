import { render } from 'preact';
import { readLibraryHash } from '../../components/format/library-address';
import { localizeDocument } from '../../components/i18n/t';
import { LibraryApp } from '../../components/LibraryApp';
import '../../components/library.css';
import '../../components/theme.css';
import { createLibraryServices } from './create-library-services';

const root = document.getElementById('app');
if (!root) throw new Error('library.html has no #app element');
localizeDocument('libraryPageTitle');
// library.html#<page URL> opens that page's card (the popup links there after Save);
// #topic=… and #audience=… open the list filtered (a chip clicked in the popup).
render(<LibraryApp services={createLibraryServices()} initialTarget={readLibraryHash(location.hash)} />, root);
