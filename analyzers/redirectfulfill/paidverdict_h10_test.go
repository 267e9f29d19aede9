package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// PaidVerdictH10: a noun-first paid verdict of the shop's own port
// (SessionSettled, ChargeCaptured's middle bool, OrderPaid) tested so
// the fulfilment is reached only when true is a paid check; its bool
// dropped or tested the wrong way round, and a storing RecordPaid, are not.
var _ = cases.Add(redirectfulfill.Analyzer, "PaidVerdictH10", "h10paidverdict")
