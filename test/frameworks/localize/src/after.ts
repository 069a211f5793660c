// The app imports the widget first (the usual order in a main.ts), then sets up @lit/localize.
import 'plan-widgets';
import { setUpLocalization, run } from './app.js';

const { getLocale, setLocale } = setUpLocalization();
await run('after', setLocale, getLocale);
