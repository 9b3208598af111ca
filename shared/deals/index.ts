export { formatDealNumber, parseDealNumber, deviceTag, type DealNumberParts } from './dealNumber';
export { DEAL_TRANSITIONS, STATUS_TIMESTAMP, canMoveDeal, nextStatuses, isEditableInPlace } from './dealStatus';
export { moveDeal, type DealMove, type SettlementFacts } from './moveDeal';
export { confirmationBlock, awaitsApproval, approveDeal, approvesPrices, type DealApproval } from './dealApproval';
export { AGREED_FIELDS, diffTerms, amendedTerms, type AgreedField, type AgreedTerms, type TermChange } from './dealAmendment';
export { dealsInForce } from './dealsInForce';
export { dealCreateRefusal, dealUpdateRefusal, dealRemoveRefusal } from './dealWriteRules';
export { checkLinePrice, dealNeedsApproval, MIN_SPREAD_FEN_PER_TON, type LinePriceCheck } from './dealPriceCheck';
export { ratedCustomer, openRatingRoles, type RatingRole } from './dealRatings';
export { filledKgByRequestLine } from './filledByRequestLine';
export { dealsFromFills, type Fill, type DealTerms, type DealDraft } from './dealsFromFills';
export { defaultDealTerms, DEFAULT_TOLERANCE_PER_MILLE, DEFAULT_OBJECTION_DAYS, DEFAULT_COMMISSION_FEN_PER_TON } from './defaultDealTerms';
export {
  raiseDispute,
  resolveDispute,
  canRaiseDispute,
  canResolveDispute,
  disputeStatusRefusal,
  disputeChangeRefusal,
  disputedCustomer,
  type DisputeRaised,
  type DisputeResolved,
  type DisputeChange,
} from './dealDispute';
