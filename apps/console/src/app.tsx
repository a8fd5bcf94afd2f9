import { useEffect } from 'react';
import { AgentScreen } from './agent-view/agent-screen';
import { hasRole, Session } from './auth/session';
import { ApiProvider, useSessionControl } from './auth/session-context';
import { SignInScreen } from './auth/sign-in-screen';
import { HistoryScreen } from './detail/history-screen';
import { useI18n } from './i18n/i18n';
import { NowProvider } from './live/now';
import { PerformanceScreen } from './performance/performance-screen';
import { QueueScreen } from './queues/queue-screen';
import { AuditScreen } from './audit/audit-screen';
import { ReplayScreen } from './replay/replay-screen';
import { QueueSettingsScreen } from './routing/queue-settings-screen';
import { ReasonsScreen } from './reasons/reasons-screen';
import { Header } from './shell/header';
import { replaceRoute, Route, SCREENS, useHashRoute } from './shell/routes';

export function App() {
  const { session } = useSessionControl();
  if (!session) return <SignInScreen />;
  return (
    <ApiProvider key={session.token} session={session}>
      <NowProvider>
        <SignedIn session={session} />
      </NowProvider>
    </ApiProvider>
  );
}

function SignedIn({ session }: { session: Session }) {
  const { t } = useI18n();
  const route = useHashRoute();
  const allowed = SCREENS.filter((entry) => hasRole(session, ...entry.roles));
  const fallback = allowed[0]?.screen;
  useEffect(() => {
    if (!route && fallback) replaceRoute({ screen: fallback });
  }, [route, fallback]);
  const current: Route = route ?? { screen: fallback ?? 'queues' };
  const permitted = allowed.some((entry) => entry.screen === current.screen);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('skipToContent')}
      </a>
      <Header route={current} />
      {permitted ? <Screen route={current} session={session} /> : (
        <main id="main" tabIndex={-1}>
          <p className="error">{t('notAllowed')}</p>
        </main>
      )}
    </>
  );
}

function Screen({ route, session }: { route: Route; session: Session }) {
  switch (route.screen) {
    case 'queues':
      return hasRole(session, 'SUPERVISOR', 'ADMIN') ? <QueueScreen queueParam={route.param} /> : <ReplayScreen />;
    case 'my-work':
      return <AgentScreen />;
    case 'queue-settings':
      return <QueueSettingsScreen />;
    case 'reasons':
      return <ReasonsScreen />;
    case 'performance':
      return <PerformanceScreen />;
    case 'history':
      return <HistoryScreen key={route.param ?? ''} conversationId={route.param} />;
    case 'audit':
      return <AuditScreen />;
  }
}
