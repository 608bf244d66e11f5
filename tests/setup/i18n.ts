import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageReader } from './messages';

// fakeBrowser has no i18n of its own; unit and DOM tests read English, as the e2e browsers do.
fakeBrowser.i18n.getMessage = messageReader('en');
