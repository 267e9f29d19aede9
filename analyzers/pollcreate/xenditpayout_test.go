package pollcreate

// XenditPayoutResent: a Xendit payout (xendit-go v7 PayoutApi) is an
// outgoing creation of the Xendit table, GetPayoutById its status read
// (ACCEPTED, REQUESTED and LOCKED not final) and CancelPayout a release.
// A second payout created under a new reference in the loop that polls
// the first, still not final, is reported (through a wrapper and through
// the SDK). Silent: a new payout only after the first was read FAILED or
// was cancelled, a wait that gives up with an error, one payout per driver
// of a batch, and a driver paid once the rider's payment polled succeeded.
var _ = cases.Add(Analyzer, "XenditPayoutResent", "pollcreate/xenditpayout")
