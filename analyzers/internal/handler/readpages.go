package handler

import (
	"go/types"
	"strconv"
)

// ---- a return page that read the payment, granting through a port bound in main ----
//
// pageports.go records a return page's unchecked calls of its own
// ports for the package that binds them, but only on pages that read
// nothing from the provider. A page may read the payment and still never
// test it:
//
//	pi, err := p.sc.V1PaymentIntents.Retrieve(ctx, c.QueryParam("payment_intent"), nil)
//	if err != nil { … }
//	p.memberships.AddClasses(ctx, pi.Metadata["membership_id"], n) // pi.Status never tested
//
// A read whose status no test looks at (or tested against a value that
// is no paid verdict: a session's "complete", the amount, the order id)
// guards nothing: the grant is the same as with no read. So a page its
// own signs make a return page (Redirect), that reads the payment, gets
// its unchecked port calls recorded in the same RFAPageFact (the binding
// package judges them as pagebind.go does), and their keys in
// RFBReadPageFact, so that the finding says the payment was read and its
// status never checked.
//
// Precision: the calls are those rfa records (a port of the receiver or
// of a struct of the page's package, no implementation in sight, no side
// channel or predicate), on a path no provider status test (StatusChecked:
// a paid verdict, never a lifecycle status, lifecycle.go) nor a
// paid-check helper guards. Pages known only by where they are mounted
// stay with rfa's rule (no read).

// RFBReadPageFact, on a page's receiver type: the keys ("Handler@At") of
// its recorded port calls made by pages that read the payment.
type RFBReadPageFact struct{ Keys []string }

// AFact marks RFBReadPageFact as a fact.
func (*RFBReadPageFact) AFact() {}

func (f *RFBReadPageFact) String() string {
	return "port calls of pages reading the payment: " + strconv.Itoa(len(f.Keys))
}

// rfbExport adds the package's reading return pages' unchecked port calls
// to their type's RFAPageFact (exported by rfaExport just before) and
// records their keys.
func (fx *ifaceFx) rfbExport() {
	order, byType := fx.pageCallsByType(fx.pageCalls)
	for _, n := range order {
		if n.Obj().Pkg() != fx.pass.Pkg {
			continue
		}
		f := new(RFAPageFact)
		fx.pass.ImportObjectFact(n.Obj(), f) // rfa's calls of this type, if any
		keys := new(RFBReadPageFact)
		for _, c := range byType[n] {
			f.Calls = append(f.Calls, c)
			keys.Keys = append(keys.Keys, c.Handler+"@"+c.At)
		}
		fx.pass.ExportObjectFact(n.Obj(), f)
		fx.pass.ExportObjectFact(n.Obj(), keys)
	}
}

// pageCalls lists return page h's unchecked port calls when h reads
// the payment from the provider (rfaPageCalls lists them otherwise).
func (fx *ifaceFx) pageCalls(h *Handler) []RFAPortCall {
	m := fx.m
	recv, named := handlerRecv(h)
	if recv == nil || named == nil || h.Body == nil || h.Fn == nil || m.info == nil {
		return nil
	}
	if ok, _ := h.Redirect(); !ok || !m.ReadsPayment(h) {
		return fx.mountedReadCalls(h, recv) // mountedread.go: a return page only where mounted
	}
	return fx.pagePortCalls(h, recv, true, rfbPredicate) // pageports.go
}

// rfbPredicate: fn answers only a bool (OrderPaid(ref) bool): a question,
// no effect. A method answering (bool, error), CaptureTopup(ctx, id)
// (captured bool, err error), may act: the binding package judges what its
// implementation stores (a predicate's read stores nothing).
func rfbPredicate(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Results().Len() == 1 && answersBool(fn)
}

// markReads marks the grants judged at the binding whose page read
// the payment (RFBReadPageFact), for the finding's words.
func (fx *ifaceFx) markReads(gs []ReturnGrant) []ReturnGrant {
	reads := map[string]bool{}
	for _, of := range fx.pass.AllObjectFacts() {
		if f, ok := of.Fact.(*RFBReadPageFact); ok {
			for _, k := range f.Keys {
				reads[k] = true
			}
		}
	}
	for i := range gs {
		if reads[gs[i].Call.Handler+"@"+gs[i].Call.At] {
			gs[i].Call.Reads = true
		}
	}
	return gs
}
