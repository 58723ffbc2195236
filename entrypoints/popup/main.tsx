import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { createRoot } from 'react-dom/client';
import { PopupView } from '../../components/popup/PopupView';
import '../../components/theme.css';
import './popup.css';
import { t, uiLanguage } from '../../lib/i18n';
import type { EndResult, SessionStatus, StartResult } from '../../lib/session/controller';
import { askBackground } from '../../lib/ui/extension-client';
import { createPopupStore } from '../../lib/ui/popup-store';
import type { ConsentEntry } from '../../lib/consent/ledger';

const usePopup = createPopupStore({
  status: () => askBackground<SessionStatus>({ type: 'ui.session.status' }),
  start: () => askBackground<StartResult>({ type: 'ui.session.start' }),
  end: () => askBackground<EndResult>({ type: 'ui.session.end' }),
  consents: () => askBackground<ConsentEntry[]>({ type: 'ui.consent.list' }),
  withdrawConsent: (id) => askBackground({ type: 'ui.consent.withdraw', id } as { type: 'ui.consent.withdraw' }),
});

const timeFormat = new Intl.DateTimeFormat(uiLanguage(), { hour: '2-digit', minute: '2-digit' });

function Popup() {
  const state = usePopup();
  const [now, setNow] = useState(() => Date.now());
  const load = usePopup((s) => s.load);
  const [policy, setPolicy] = useState<{ structureName: string; problems: { key: string }[] } | null>(null);
  useEffect(() => {
    void load();
    // A broken structure policy must never blank the popup: on failure we just show no structure line.
    askBackground<{ structureName: string; problems: { key: string }[] }>({ type: 'ui.settings.effective' })
      .then(setPolicy)
      .catch(() => setPolicy(null));
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [load]);
  return (
    <PopupView
      status={state.status}
      confirmingEnd={state.confirmingEnd}
      busy={state.busy}
      error={state.error}
      now={now}
      t={t}
      formatTime={(ms) => timeFormat.format(ms)}
      onStart={() => void state.start()}
      onAskEnd={state.askEnd}
      onCancelEnd={state.cancelEnd}
      onConfirmEnd={() => void state.confirmEnd()}
      structureName={policy?.structureName || undefined}
      policyProblemKeys={policy?.problems.map((p) => p.key)}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      consents={state.consents}
      onWithdrawConsent={(id) => void state.withdrawConsent(id)}
    />
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('extName');
createRoot(document.getElementById('root')!).render(<Popup />);
