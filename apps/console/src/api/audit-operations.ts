/** The console's auditor documents (audit search, integrity, erasure), apart from operations.ts like the routing ones. */
import { graphql } from '../gql';

graphql(`fragment AuditLogEntryFields on AuditEntry {
  eventId type at actor { id role } data commandId correlationId position streamVersion stream hash previousHash }`);

graphql(`fragment IntegrityReportFields on IntegrityReport {
  ok streams events unhashed checkedAt firstBroken { ...AuditLogEntryFields } }`);

export const AUDIT_LOG = graphql(`query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) { nodes { ...AuditLogEntryFields } pageInfo { hasNextPage endCursor } } }`);

export const VERIFY_INTEGRITY = graphql(`query VerifyIntegrity($conversationId: ID) {
  verifyIntegrity(conversationId: $conversationId) { ...IntegrityReportFields } }`);

export const FORGET_CONTACT = graphql(`mutation ForgetContact($contactId: ID!) {
  forgetContact(contactId: $contactId) { contactId conversations erasedAt } }`);
