import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp';
import '../../components/base.css';
import './style.css';
import { setSelectorProbeDocument } from '../../utils/settings';

setSelectorProbeDocument(document);
render(<ReaderApp search={location.search} />, document.getElementById('app')!);
