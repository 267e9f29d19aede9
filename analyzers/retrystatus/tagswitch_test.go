package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// TagSwitchDSPB: a tag switch on a payout's status whose default waits
// and goes round reported; switches going round only on 408/429/5xx and
// returning on the rest, after a sleep or a select on ctx and a timer,
// silent.
var _ = cases.Add(retrystatus.Analyzer, "TagSwitchDSPB", "dspbstatus/tagswitch")
