package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// ChangedFlagFP15W: a receipt mailed only when a use case answers that it
// changed the stored state is guarded. echo Stripe listeners asking the
// settle service through their interface (implementation in sight in an
// imported package): a booking's paid flag checked before marking it paid
// and answering true, and a compare-and-set's rows affected, silent; a
// Touch answering true whatever the booking was, reported. net/http
// listeners whose use cases only main binds: the changed-state flag and
// the compare-and-set (a bool, and the rows affected as an int64) bound
// there silent, Touch bound there reported at
// the binding; a local implementation handing back the event's own flag
// reported at the handler.
var _ = cases.Add(webhookdedupe.Analyzer, "ChangedFlagFP15W", "fp15wflag/...")
