import '../../components/kxs.css';
import { render } from 'preact';
import { PopupApp } from '../../components/popup-app';
import { createPopupState } from '../../lib/state/popup-state';

const state = createPopupState();
render(<PopupApp state={state} />, document.getElementById('app')!);
void state.load();
