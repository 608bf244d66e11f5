import { render } from 'preact';
import { i18n } from '#i18n';
import { localisePage } from '@/components/page-language';
import { App } from './App';
import './style.css';

localisePage(i18n.t('extension.name'));
render(<App />, document.getElementById('app')!);
