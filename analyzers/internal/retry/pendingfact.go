package retry

import (
	"go/types"
	"sort"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a query of another package that selects the pending rows -------------------
//
// A worker's pass often asks a store of another package for its rows:
//
//	package store:   func (b *Billing) DueInvoices(ctx, period) ([]Invoice, error) {
//		b.db.SelectContext(ctx, &out, `… WHERE i.status = 'pending' …`, period) }
//	package billing: due, _ := c.bills.DueInvoices(ctx, period)
//		for _, inv := range due { c.gc.Payments.Create(ctx, …) }
//
// The query's text is out of sight where the rows are ranged over, and
// its name says nothing of their state. So the package that declares it
// records, on each exported function with results whose body selects by
// a pending-like status (pendingIn: a status column named beside a
// pending-like value), the statuses it selects (PendingSelectFact), and
// pendingQuery reads them where the function is called, as it reads the
// body of a query function of its own package.

// PendingSelectFact marks an exported function whose body queries rows
// by a pending-like status: Statuses are the values selected.
type PendingSelectFact struct{ Statuses []string }

// AFact marks PendingSelectFact as a fact.
func (*PendingSelectFact) AFact() {}

func (f *PendingSelectFact) String() string {
	return "selects rows in status " + strings.Join(f.Statuses, ", ")
}

// exportPendingSelects exports the package's PendingSelectFacts.
func (r *Result) exportPendingSelects() {
	if payment.InGOROOT(r.pass) || r.pass.Pkg == nil || payment.Library(r.pass.Pkg.Path()) {
		return
	}
	for _, d := range funcs.Of(r.pass).Bodies() {
		fd, fn := d.Syntax, d.Func
		if !fd.Name.IsExported() || fn.Type().(*types.Signature).Results().Len() == 0 {
			continue
		}
		if col, param, ok := r.statusParam(fd); ok { // rowcallback.go
			r.pass.ExportObjectFact(fn, &StatusParamFact{Column: col, Param: param})
		}
		sel := pendingIn(r.texts(fd.Body))
		if sel == nil {
			continue
		}
		fact := &PendingSelectFact{}
		for s := range sel {
			fact.Statuses = append(fact.Statuses, s)
		}
		sort.Strings(fact.Statuses)
		r.pass.ExportObjectFact(fn, fact)
	}
}

// importedPending returns the statuses a function of another package
// selects (its PendingSelectFact), nil if none.
func (r *Result) importedPending(fn *types.Func) map[string]bool {
	if fn.Pkg() == nil || fn.Pkg() == r.pass.Pkg || r.pass.ImportObjectFact == nil {
		return nil
	}
	f := new(PendingSelectFact)
	if !r.pass.ImportObjectFact(fn, f) || len(f.Statuses) == 0 {
		return nil
	}
	return set(f.Statuses...)
}
