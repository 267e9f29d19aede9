package pollbound

// GoRetryPolicyVariable: a sethvargo/go-retry policy held in a local
// variable set once (b := retry.NewExponential(d), a var of
// WithJitter(NewConstant)) with no WithMaxRetries/WithMaxDuration, handed
// to retry.Do on a background context, polls a PaymentIntent forever:
// reported. The variable holding a capped policy (WithMaxRetries,
// WithMaxDuration), capped after its definition (b =
// retry.WithMaxRetries(n, b)), or the uncapped policy under the caller's
// context stay silent.
var _ = cases.Add(Analyzer, "GoRetryPolicyVariable", "pollbound/goretrypolicyvar")

// ReadTypePredicate: a cash voucher's IsPaid(), declared in the client's
// package on a type not named for a payment, is a status predicate because
// the package's status read (GET /v1/vouchers/{id}) returns that type: a
// loop of another package leaving only when IsPaid() (a 72h deadline, a
// ticker under the caller's context) is reported as stopping only on
// success. The same loop also leaving on IsVoid() or on the expired and
// canceled constants, and a shipping label's IsPrinted() (no status read
// returns a Label) stay silent.
var _ = cases.Add(Analyzer, "ReadTypePredicate", "pollbound/voucherpredicate/cashvoucher", "pollbound/voucherpredicate/giftcards")
