import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(<p>Parenthèse</p>);
