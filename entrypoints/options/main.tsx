import { render } from 'preact';
import { browserDisplayName } from '@/lib/settings/note';
import { App } from './App';
import './style.css';

render(<App browserName={browserDisplayName(import.meta.env.BROWSER)} />, document.getElementById('app')!);
