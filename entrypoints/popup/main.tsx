import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../components/base.css';
import './style.css';

render(<PopupApp search={location.search} />, document.getElementById('app')!);
