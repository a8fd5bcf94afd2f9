import { Actor, checkId } from '@handoff/domain';
import { ConversationDocument } from '@handoff/projections';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { RequestContext } from '../auth/caller';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ContactErasure, ErasureReport } from './contact-erasure.service';

@Resolver()
export class ForgetContactResolver {
  constructor(private readonly erasure: ContactErasure) {}

  @Mutation('forgetContact')
  @Allow('forgetContact')
  forgetContact(@Args('contactId') contactId: string, @CurrentActor() actor: Actor, @Context() context: RequestContext): Promise<ErasureReport> {
    return this.erasure.forget(actor, checkId('contactId', contactId), context.correlationId);
  }
}

/** Conversation.personalDataErased: documents written before erasure existed do not carry it. */
@Resolver('Conversation')
export class PersonalDataErasedResolver {
  @ResolveField('personalDataErased')
  personalDataErased(@Parent() conversation: ConversationDocument): boolean {
    return conversation.personalDataErased === true;
  }
}
