package poll

import (
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- functions that work a batch of rows per call ------------------------------
//
// A billing job's RunDue loads the refills that are due and, for each
// one, charges it (a create, perhaps waited for) and moves it on: the
// payment model summarises the call as a create and a status read, yet
// every call makes and reads other payments, one per due row. A
// scheduler that calls it on a ticker (select over ctx.Done() and a
// ten-minute tick) creates no payment "again" and polls no single one.
// FanOutFact covers only the reads; a batch function is one whose every
// payment op (create, write, read) runs once per element of a
// collection it ranges over, or is a call of another batch function.
// A call of it is no payment work of the loop that makes it, so a loop
// whose only payment work is such calls is no poll loop (pollbound,
// pollcreate). One op outside the range (a charge of a fixed id next to
// the sweep) keeps the function an ordinary create.

// BatchFact marks a function whose every payment op works one element of
// a collection it ranges over.
type BatchFact struct{}

// AFact implements analysis.Fact.
func (*BatchFact) AFact() {}

func (*BatchFact) String() string { return "works one payment per row of a batch" }

// markBatches finds the package's batch functions among decls (which
// fanOut collected) and exports their facts. A batch function of the
// package called per call makes its caller a batch too (a tick wrapper
// calling RunDue).
func (fo *fanOut) markBatches(info *payment.Info, decls []funcs.Decl) {
	every := func(*payment.Op) bool { return true }
	fo.perRow(info, decls, fo.batch, every, fo.batches)
	for fn := range fo.batch {
		fo.pass.ExportObjectFact(fn, &BatchFact{})
	}
}

// batches reports whether fn works a batch of rows per call.
func (fo *fanOut) batches(fn *types.Func) bool {
	return fo != nil && fo.marked(fn, fo.batch, new(BatchFact))
}
