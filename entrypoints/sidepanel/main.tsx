import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import '../../components/base.css';
// The panel shows the reader tab's page, so it takes the reader tab's look, then narrows it.
import '../reader-tab/style.css';
import './style.css';
import { setSelectorProbeDocument } from '../../utils/settings';
import { applyUiLanguage } from '../../components/i18n';

setSelectorProbeDocument(document);
applyUiLanguage(document.documentElement);
render(<SidePanelApp search={location.search} />, document.getElementById('app')!);
