import { DomainError } from '@handoff/domain';
import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { Unauthenticated } from '../auth/errors';

/**
 * Refusals (bad input, a rule, a missing token) are answers, not failures: handed to GraphQL as they are, so
 * Nest does not log each one as an error with a stack trace. formatError gives them their codes.
 */
@Catch(DomainError, Unauthenticated)
export class RefusalFilter implements GqlExceptionFilter {
  catch(refusal: DomainError | Unauthenticated): DomainError | Unauthenticated {
    return refusal;
  }
}
