import { useApi } from '../auth/session-context';
import { hasRole } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { hrefOf, Route, SCREENS } from './routes';

const LIVE_LABEL = { connected: 'liveConnected', connecting: 'liveConnecting', reconnecting: 'liveReconnecting' } as const;

export function Header({ route }: { route: Route }) {
  const { session, liveState, signOut } = useApi();
  const { t } = useI18n();
  const screens = SCREENS.filter((entry) => hasRole(session, ...entry.roles));
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden="true" />
        {t('appName')}
      </div>
      <nav aria-label={t('mainNavigation')}>
        <ul>
          {screens.map((entry) => (
            <li key={entry.screen}>
              <a href={hrefOf({ screen: entry.screen })} aria-current={route.screen === entry.screen ? 'page' : undefined}>
                {t(entry.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="topbar-end">
        <span className={`live live-${liveState}`} role="status" data-live={liveState}>
          <span className="dot" aria-hidden="true" />
          {t(LIVE_LABEL[liveState])}
        </span>
        <LanguageSwitch />
        <span className="whoami">
          <span className="sr-only">{t('signedInLabel')} </span>
          {t('signedInAs', { user: session.userId, roles: session.roles.join(', '), tenant: session.tenant })}
        </span>
        <button type="button" className="secondary" onClick={signOut}>
          {t('signOut')}
        </button>
      </div>
    </header>
  );
}
