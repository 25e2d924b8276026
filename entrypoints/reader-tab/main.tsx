import '../../components/base.css';
import './style.css';
import { beginReading } from '../../components/begin-reading';
import { mountApp } from '../../components/mount-app';
import { ReaderApp } from '../../components/ReaderApp';

// The tab is asked for its page before the view is rendered: the answer is on its way meanwhile.
beginReading(location.search);
mountApp(<ReaderApp search={location.search} />);
