import { render } from 'preact';
import { LibraryApp } from '../../components/LibraryApp';
import '../../components/library.css';
import '../../components/theme.css';
import { createLibraryServices } from './create-library-services';

const root = document.getElementById('app');
if (!root) throw new Error('library.html has no #app element');
render(<LibraryApp services={createLibraryServices()} />, root);
