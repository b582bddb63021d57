import { render } from 'preact';

render(<p>Article Digest</p>, document.getElementById('app')!);
