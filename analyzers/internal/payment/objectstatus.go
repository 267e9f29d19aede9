package payment

// ---- a payment object's own status column takes a status parameter too ----------
//
// sqlStatusArg finds the argument an UPDATE binds to a status column,
// so that a store helper writing whatever status it is handed exports a
// StatusParamFact. A row that is no payment often carries its payment's
// state in a column of its own, named for the payment object:
//
//	func (s *Appointments) SetDeposit(ctx, id, pi, status string) error {
//		_, err := s.pool.Exec(ctx, `UPDATE appointments SET payment_intent_id = $2,
//			deposit_status = $3 WHERE id = $1`, id, pi, status)
//
// A direct write of such a column with a settled value is a paid state
// already (paidStatusAnywhere: deposit_status = 'captured'); the helper
// now says which parameter it stores there, so a caller handing it
// "captured" writes that state as the UPDATE would, and one handing it
// "authorized" (a hold, not settled) or "failed" writes none.
//
// A GORM store says it the same way: Update("deposit_status", status), or
// Updates(map[string]any{"deposit_status": status, …}) (mapstatus.go).
//
// Precision: only the object's status column (paidcols.go's nouns:
// deposit, charge, invoice, capture, settlement…); its callers' constants
// are judged by storesPaid, as for the plain status column.

// objectStatusColumn: c names the status of a payment object held on
// a row of another kind (deposit_status, invoice_state).
func objectStatusColumn(c string) bool {
	return !statusColumns[c] && paymentObjectStatusColumn(c)
}
