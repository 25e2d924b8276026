import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp';
import '../../components/base.css';
import './style.css';
import { setSelectorProbeDocument } from '../../utils/settings';
import { applyUiLanguage } from '../../components/i18n';

setSelectorProbeDocument(document);
applyUiLanguage(document.documentElement);
render(<ReaderApp search={location.search} />, document.getElementById('app')!);
