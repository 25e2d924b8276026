import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../components/base.css';
import './style.css';
import { setSelectorProbeDocument } from '../../utils/settings';
import { applyUiLanguage } from '../../components/i18n';

setSelectorProbeDocument(document);
applyUiLanguage(document.documentElement);
render(<PopupApp search={location.search} />, document.getElementById('app')!);
