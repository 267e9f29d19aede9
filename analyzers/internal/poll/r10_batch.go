package poll

import (
	"go/ast"
	"go/types"

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
// fanOut collected) and exports their facts.
func (fo *fanOut) markBatches(info *payment.Info, decls []fanDecl) {
	// A batch function of the package called per call makes its caller
	// a batch too (a tick wrapper calling RunDue): go round until nothing
	// changes.
	for changed, rounds := true, 0; changed && rounds < 4; rounds++ {
		changed = false
		for _, d := range decls {
			if fo.batch[d.fn] {
				continue
			}
			ops := info.Within(d.fd.Body)
			all := len(ops) > 0
			for _, op := range ops {
				if !(op.Via != nil && fo.batches(op.Via)) && !perElement(fo.pass.TypesInfo, d.file, op.Call) {
					all = false
					break
				}
			}
			if all {
				fo.batch[d.fn], changed = true, true
			}
		}
	}
	for fn := range fo.batch {
		fo.pass.ExportObjectFact(fn, &BatchFact{})
	}
}

// batches reports whether fn works a batch of rows per call.
func (fo *fanOut) batches(fn *types.Func) bool {
	if fo == nil || fn == nil {
		return false
	}
	fn = fn.Origin()
	if fn.Pkg() == fo.pass.Pkg {
		return fo.batch[fn]
	}
	return fn.Pkg() != nil && fo.pass.ImportObjectFact(fn, &BatchFact{})
}

// fanDecl is a function declaration of the package with its file.
type fanDecl struct {
	fn   *types.Func
	fd   *ast.FuncDecl
	file *ast.File
}
