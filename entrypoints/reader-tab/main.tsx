import '../../components/base.css';
import './style.css';
import { beginReading } from '../../components/begin-reading';

// The tab is asked for its page before the view's code is loaded and run: the answer is on its way meanwhile.
beginReading(location.search);
void Promise.all([import('../../components/mount-app'), import('../../components/ReaderApp')]).then(([{ mountApp }, { ReaderApp }]) =>
  mountApp(<ReaderApp search={location.search} />),
);
