import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../components/base.css';
import './style.css';
import { setSelectorProbeDocument } from '../../utils/settings';

setSelectorProbeDocument(document);
render(<PopupApp search={location.search} />, document.getElementById('app')!);
