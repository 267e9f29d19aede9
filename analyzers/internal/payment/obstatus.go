package payment

// Open Banking UK (Payment Initiation API v3.1) names a domestic payment
// settled with AcceptedSettlementCompleted (the debtor's account debited)
// and AcceptedCreditSettlementCompleted (the creditor's credited): the
// states a payment event or a status read is tested against before an
// order is fulfilled. AcceptedSettlementInProcess and Pending settle
// nothing yet and are left out.
func init() {
	successStatuses["acceptedsettlementcompleted"] = true
	successStatuses["acceptedcreditsettlementcompleted"] = true
}
