import { SidePanelApp } from '../../components/SidePanelApp';
import '../../components/base.css';
// The panel shows the reader tab's page, so it takes the reader tab's look, then narrows it.
import '../reader-tab/style.css';
import './style.css';
import { mountApp } from '../../components/mount-app';

mountApp(<SidePanelApp search={location.search} />);
