// Puts an extension page's view on screen: the interface's language, then the app.
import { render, type ComponentChild } from 'preact';
import { setSelectorProbeDocument } from '../utils/settings';
import { applyUiLanguage } from './i18n';

export function mountApp(app: ComponentChild): void {
  setSelectorProbeDocument(document);
  applyUiLanguage(document.documentElement);
  render(app, document.getElementById('app')!);
}
