// The app's own German messages, as `lit-localize build` (runtime mode) writes a locale module.
// 'expand-all' is also an id of the widget's: each must keep its own translation.
export const templates = {
  'expand-all': 'Alle öffnen',
  greeting: 'Willkommen',
};
