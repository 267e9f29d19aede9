package payment

// ---- a status that is paid only beside another field's value -----------------
//
// Some providers answer a status that means paid only together with a
// second field of the same answer: Midtrans's card "capture" is paid when
// its FraudStatus is "accept", and waits for a review when it is
// "challenge". The status alone is no paid value (a check of it alone
// proves nothing), and the second field alone is none either (an
// authorised pre-auth is accepted too). A branch that tests both, the
// status first and the field inside, reads a paid state. Provider data:
// each table declares its pairs beside its statuses.

// PaidWith is one such pair: Status (compared on the status field) is
// paid when Field of the same answer equals Value.
type PaidWith struct {
	Status, Field, Value string
}

// paidWith are the pairs of every provider table.
var paidWith = [][]PaidWith{midtransPaidWith}

// PaidWithStatus returns the status that a field's value completes into
// a paid state (field and value as compared: "FraudStatus", "accept"), or
// "" when the pair is no provider's. Names are compared folded.
func PaidWithStatus(field, value string) string {
	for _, ps := range paidWith {
		for _, p := range ps {
			if Fold(p.Field) == Fold(field) && Fold(p.Value) == Fold(value) {
				return p.Status
			}
		}
	}
	return ""
}
