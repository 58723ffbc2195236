import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EndPageView, type ClipboardOutcome } from '../../components/end-page/EndPageView';
import '../../components/theme.css';
import './style.css';
import { t, uiLanguage } from '../../lib/i18n';
import type { EndReport } from '../../lib/session/controller';
import { askBackground } from '../../lib/ui/extension-client';

const params = new URLSearchParams(location.search);
const sessionId = params.get('s');
const interrupted = params.get('r') === 'interrupted';
const timeFormat = new Intl.DateTimeFormat(uiLanguage(), { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });

/** Best effort: the person may have copied a number or a password. Never read, only overwritten. */
async function emptyClipboard(): Promise<ClipboardOutcome> {
  try {
    await navigator.clipboard.writeText('');
    return 'ok';
  } catch {
    // Without focus, writeText is refused; the clipboardWrite permission allows a programmatic copy.
  }
  try {
    const onCopy = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', '');
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    const done = document.execCommand('copy');
    document.removeEventListener('copy', onCopy);
    return done ? 'ok' : 'failed';
  } catch {
    return 'failed';
  }
}

function EndPage() {
  const [report, setReport] = useState<EndReport | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [clipboard, setClipboard] = useState<ClipboardOutcome>('pending');

  useEffect(() => {
    void emptyClipboard().then(setClipboard);
    let stopped = false;
    const deadline = Date.now() + 120_000;
    // The page opens before the wipe finishes: wait for this session's report.
    const poll = async () => {
      while (!stopped && Date.now() < deadline) {
        try {
          const last = await askBackground<EndReport | null>({ type: 'ui.session.lastReport' });
          if (last && (!sessionId || last.sessionId === sessionId)) {
            setReport(last);
            return;
          }
        } catch {
          // background busy or restarting: try again
        }
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      if (!stopped) setUnavailable(true);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, []);

  return (
    <EndPageView report={report} unavailable={unavailable} interrupted={interrupted} clipboard={clipboard} t={t} formatTime={(ms) => timeFormat.format(ms)} />
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('endpage_doc_title');
createRoot(document.getElementById('root')!).render(<EndPage />);
