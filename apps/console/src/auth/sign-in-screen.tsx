import { FormEvent, useEffect, useId, useState } from 'react';
import { Role, ROLES } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../shell/language-switch';
import { devSignInAvailable, devToken, sessionFromToken } from './session';
import { useSessionControl } from './session-context';

export function SignInScreen() {
  const { t } = useI18n();
  const { ended } = useSessionControl();
  const [devAvailable, setDevAvailable] = useState(false);
  useEffect(() => {
    void devSignInAvailable().then(setDevAvailable);
  }, []);
  return (
    <main id="main" className="sign-in" tabIndex={-1}>
      <div className="sign-in-top">
        <LanguageSwitch />
      </div>
      <h1>{t('signInTitle')}</h1>
      {ended && (
        <p className="error" role="alert">
          {t('sessionEnded')}
        </p>
      )}
      <TokenSignIn />
      {devAvailable && <DevSignIn />}
    </main>
  );
}

function TokenSignIn() {
  const { t } = useI18n();
  const { signIn } = useSessionControl();
  const [token, setToken] = useState('');
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const session = sessionFromToken(token);
    if (session) signIn(session);
    else setInvalid(true);
  };
  return (
    <form className="panel" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{t('signInToken')}</label>
        <p className="hint" id={`${id}-help`}>
          {t('signInTokenHelp')}
        </p>
        <textarea
          id={id}
          rows={3}
          value={token}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-help`}
          aria-invalid={invalid}
          onChange={(event) => {
            setToken(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <p className="error" role="alert">
            {t('signInInvalidToken')}
          </p>
        )}
      </div>
      <button type="submit" disabled={!token.trim()}>
        {t('signInSubmit')}
      </button>
    </form>
  );
}

function DevSignIn() {
  const { t } = useI18n();
  const { signIn } = useSessionControl();
  const [tenant, setTenant] = useState('demo');
  const [userId, setUserId] = useState('');
  const [roles, setRoles] = useState<Role[]>(['SUPERVISOR']);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const session = sessionFromToken(await devToken(tenant.trim(), userId.trim(), roles), 'dev');
      if (session) signIn(session);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (role: Role) => setRoles((current) => (current.includes(role) ? current.filter((r) => r !== role) : [...current, role]));
  return (
    <form className="panel" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('devSignInTitle')}</h2>
      <p className="hint">{t('devSignInHelp')}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-tenant`}>{t('devTenant')}</label>
          <input id={`${id}-tenant`} value={tenant} required onChange={(event) => setTenant(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-user`}>{t('devUserId')}</label>
          <input id={`${id}-user`} value={userId} required onChange={(event) => setUserId(event.target.value)} />
        </div>
      </div>
      <fieldset className="field">
        <legend>{t('devRoles')}</legend>
        <div className="checkbox-row">
          {ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input type="checkbox" checked={roles.includes(role)} onChange={() => toggle(role)} />
              {role}
            </label>
          ))}
        </div>
      </fieldset>
      {failure && (
        <p className="error" role="alert">
          {t('devSignInFailed', { message: failure })}
        </p>
      )}
      <button type="submit" disabled={busy || !tenant.trim() || !userId.trim() || roles.length === 0}>
        {t('devSignInSubmit')}
      </button>
    </form>
  );
}
