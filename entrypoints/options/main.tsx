import { render } from 'preact';
import { i18n } from '#i18n';
import { localisePage } from '@/components/page-language';
import { browserDisplayName } from '@/lib/settings/note';
import { App } from './App';
import './style.css';

localisePage(i18n.t('options.title'));
render(<App browserName={browserDisplayName(import.meta.env.BROWSER)} />, document.getElementById('app')!);
