import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from './OptionsApp';
import { t, uiLanguage } from '../../lib/i18n';
import './style.css';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
