// The app sets up @lit/localize first, then imports the widget.
import { setUpLocalization, run } from './app.js';

const { getLocale, setLocale } = setUpLocalization();
await import('plan-widgets');
await run('before', setLocale, getLocale);
