package payment

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// factImporter is analysis.Pass.ImportObjectFact.
type factImporter = func(types.Object, analysis.Fact) bool

// A use case hands a constant state to a store bound in another package:
//
//	package topup:  s.store.SetTopUpStatus(ctx, id, StatusSuccessful, token) // store: an interface
//	package store:  func (p *Postgres) SetTopUpStatus(…, status, …) // UPDATE topups SET status = $2
//
// The store exports a StatusParamFact, but only this analyzer can import
// it; the handler analyzer judges the binding (handler/sp12_*.go) and
// asks here, through the package's Info, which keeps this pass's fact
// import (facts stay importable after the pass has run).

// StatusParamOf is the StatusParamFact of fn, a function of another
// package; nil if it has none or the model did not run.
func (in *Info) StatusParamOf(fn *types.Func) *StatusParamFact {
	if in == nil || in.importFact == nil || fn == nil || fn.Pkg() == nil {
		return nil
	}
	f := new(StatusParamFact)
	if in.importAfter(fn, f) {
		return f
	}
	return nil
}

// importAfter imports fn's fact f through the pass's import, also after
// the pass has run. The analysis API promises facts only while a pass
// runs; x/tools' drivers keep them importable after, but a driver that
// does not (golangci-lint's own runner) must make the judgment asking
// silent, never a crash.
func (in *Info) importAfter(fn *types.Func, f analysis.Fact) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return in.importFact(fn, f)
}

// weakSuccess are success words that do not say the money arrived (an
// approval, an authorisation, an active account): only a kind of table
// classifyWrite knows makes them paid.
var weakSuccess = map[string]bool{
	"approved": true, "active": true, "authorized": true, "authorised": true,
	"requirescapture": true, "nopaymentrequired": true,
}

// prepaidRows are rows of a prepaid purchase (a meter or airtime top-up,
// a recharge) whose status is the payment's, though classifyWrite knows
// no such table: topups.status = 'SUCCESSFUL' is the money arrived.
var prepaidRows = map[string]bool{"topup": true, "recharge": true}

// PaidStatusConst: storing the constant s as f says writes a paid state
// (as builder.paidThrough judges a constant handed within one package),
// or a strong success word (IsSuccessStatus) in the status column of a
// prepaid purchase's row.
func PaidStatusConst(f *StatusParamFact, s string) bool {
	if f == nil || s == "" {
		return false
	}
	s = strings.ToLower(s)
	if storesPaid(f, s) {
		return true
	}
	if !statusColumns[f.Col] || !IsSuccessStatus(s) || weakSuccess[normStatus(s)] {
		return false
	}
	for _, w := range f.Table {
		if notTables[w] {
			return false
		}
	}
	for _, w := range f.Table {
		if prepaidRows[w] {
			return true
		}
	}
	return false
}
