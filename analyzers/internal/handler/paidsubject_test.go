package handler

import "testing"

// TestJudgeSubject: what an own-store status belongs to, by name.
func TestJudgeSubject(t *testing.T) {
	for _, c := range []struct {
		name     string
		typeName bool
		want     subjectKind
	}{
		{"Order", true, subjectPayment},
		{"CheckoutSession", true, subjectPayment},
		{"CheckoutSessionPaymentStatus", true, subjectPayment},
		{"Subscription", true, subjectPayment},
		{"Invoice", true, subjectPayment},
		{"Account", true, subjectOther},
		{"UserProfile", true, subjectOther},
		{"AccountStatus", true, subjectOther},
		{"PaymentMethod", true, subjectOther},
		{"Job", true, subjectOther},
		{"Row", true, subjectNeutral},
		{"GetResponse", true, subjectNeutral},
		{"Status", true, subjectNeutral},
		{"", true, subjectNeutral},
		// Field names: only payment and entity words count.
		{"PaymentStatus", false, subjectPayment},
		{"SubscriptionStatus", false, subjectPayment},
		{"UserStatus", false, subjectOther},
		{"CardStatus", false, subjectOther},
		{"FinancialStatus", false, subjectNeutral},
		{"Status", false, subjectNeutral},
		{"Paid", false, subjectNeutral},
	} {
		if got := judgeWords(words(c.name), c.typeName); got != c.want {
			t.Errorf("judgeWords(%q, %v) = %d, want %d", c.name, c.typeName, got, c.want)
		}
	}
}
