import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp';
import '../../components/base.css';
import './style.css';

render(<ReaderApp search={location.search} />, document.getElementById('app')!);
