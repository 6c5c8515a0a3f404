// English is fetched on first use in the app; the specs switch languages synchronously, so it is here before they run.
import { loadDictionary } from './app/core/i18n/languages';

await loadDictionary('en');
