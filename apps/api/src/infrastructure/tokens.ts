export const APP_CONFIG = Symbol('AppConfig');
export const CHANGE_FOLLOWER = Symbol('ChangeFollower');
export const PROJECTOR = Symbol('Projector');
export const TOKEN_VERIFIER = Symbol('TokenVerifier');
export const CURSOR_SIGNER = Symbol('CursorSigner');
