package pollbound

// PollFieldHelper: a poll helper whose callback is a func-typed field of
// its receiver or of a struct parameter (a generic Poller{Every, Fetch,
// Done} whose Until loops on p.Fetch and p.Done; a Check{Interval, Ready}
// handed to Await) polls whatever its caller stores there
// (payment.FieldHelperFact, retry/fieldhelper.go; poll/fieldhelper.go).
// Reported at the caller's call when the helper has no bound and the
// fields the caller's literal fills read a payment's status and test it:
// a Poller built in a local, one built in place with its done test as a
// literal, and a Check handed by value. Silent: the poller that watches
// its context and a deadline, a poller following a parcel, a Probe that
// calls its Fetch once, and a poller whose Fetch the caller replaces
// after the literal (what runs is not the literal).
var _ = cases.Add(Analyzer, "PollFieldHelper", "pollfieldhelper/...")
