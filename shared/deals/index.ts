export { formatDealNumber, parseDealNumber, deviceTag, type DealNumberParts } from './dealNumber';
export { DEAL_TRANSITIONS, STATUS_TIMESTAMP, canMoveDeal, nextStatuses, isEditableInPlace } from './dealStatus';
export { moveDeal, type DealMove, type SettlementFacts } from './moveDeal';
export { confirmationBlock, awaitsApproval } from './dealApproval';
export { AGREED_FIELDS, diffTerms, amendedTerms, type AgreedField, type AgreedTerms, type TermChange } from './dealAmendment';
export { dealCreateRefusal, dealUpdateRefusal, dealRemoveRefusal } from './dealWriteRules';
export { checkLinePrice, dealNeedsApproval, MIN_SPREAD_FEN_PER_TON, type LinePriceCheck } from './dealPriceCheck';
export { ratedCustomer, openRatingRoles, type RatingRole } from './dealRatings';
