import { checkOptionalId } from '@handoff/domain';
import { RequestContext } from '../auth/caller';
import { TokenVerifier } from '../auth/token-verifier';

interface HttpContextArgs {
  req: { headers: Record<string, string | string[] | undefined> };
}

interface WebSocketContextArgs {
  connectionParams?: Record<string, unknown>;
}

function correlationIdFrom(value: unknown): string | undefined {
  try {
    return checkOptionalId('x-correlation-id', typeof value === 'string' ? value : undefined);
  } catch {
    return undefined;
  }
}

/** The request's caller from `Authorization` (HTTP) or `connectionParams.authorization` (graphql-ws). */
export function requestContextFactory(verifier: TokenVerifier) {
  return async (args: HttpContextArgs | WebSocketContextArgs): Promise<RequestContext> => {
    if ('req' in args && args.req) {
      const headers = args.req.headers;
      return { caller: await verifier.verify(headers.authorization), correlationId: correlationIdFrom(headers['x-correlation-id']) };
    }
    const params = (args as WebSocketContextArgs).connectionParams ?? {};
    const authorization = params.authorization ?? params.Authorization;
    return { caller: await verifier.verify(authorization) };
  };
}
