import { t } from '../../lib/i18n';
import type { Problem } from '../../lib/policy';
import { problemMessage, problemSubject } from './messages';

/** Lists the structure's policy problems in plain language. Renders nothing when there are none. */
export function PolicyProblemsBanner({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="banner banner-problems" role="alert" data-testid="policy-problems" aria-labelledby="policy-problems-title">
      <h2 id="policy-problems-title">{t('options_problems_title')}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.key}-${p.code}-${i}`} data-problem-key={p.key} data-problem-code={p.code}>
            {t('options_problem_item', [problemSubject(p.key), problemMessage(p)])}
            {p.excerpt ? <> {t('options_problem_excerpt', [p.excerpt])}</> : null}
          </li>
        ))}
      </ul>
      <p>{t('options_problems_footer')}</p>
    </section>
  );
}
