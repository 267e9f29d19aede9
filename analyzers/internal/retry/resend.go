package retry

import (
	"go/types"
	"sort"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a sender that sends again the request it is handed ----------------------
//
// A shared sender takes what to send from its caller (a method and a
// path, a request description, a prepared request) and sends it in a
// loop of its own:
//
//	func Send(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
//		for attempt := 1; attempt <= 3; attempt++ {
//			req, _ := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
//			resp, err := hc.Do(req)
//			if err == nil && resp.StatusCode < 400 { return … }
//			time.Sleep(pause)
//		}
//
// The sender itself calls no payment API: its callers decide what it
// sends (payment.SendFact). Seen from a caller handing it a refund, the
// call is a refund that the sender sends again on every answer its loop
// does not accept. ResendFact is the sender's summary: how it repeats the
// send (for loop, recursion), the statuses it sends again (among the
// common 2xx/4xx/5xx, as for a helper testing its callback's answer:
// respstatus.go), its wait and its bound. Only senders whose send is a
// template over their parameters (payment.Info.TemplateSends) and whose
// answers are read are summarised; a sender that goes round only on a
// transport error (err != nil), or whose test of the answer cannot be
// read, has none.

// ResendFact summarises a function that sends the request its callers
// describe and sends it again, in a retry of its own, after some answers.
type ResendFact struct {
	Summary payment.HelperFact
}

func (*ResendFact) AFact() {}

func (f *ResendFact) String() string { return "sends again what it is handed: " + f.Summary.String() }

// summariseResends computes and exports the ResendFacts of the package.
func (r *Result) summariseResends(info *payment.Info) {
	if info == nil || len(info.TemplateSends) == 0 {
		return
	}
	r.init()
	fns := make([]*types.Func, 0, len(info.TemplateSends))
	for fn := range info.TemplateSends {
		fns = append(fns, fn)
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	for _, fn := range fns {
		decl := r.decls[fn]
		if decl == nil {
			continue
		}
		c := candidate{decl: decl, fn: fn, params: funcParams(fn)}
		_, hadFilter := r.errFilters[fn]
		f := r.callSummary(c, info.TemplateSends[fn], -1)
		if !hadFilter {
			delete(r.errFilters, fn) // a filter of the send's errors, not of a callback's
		}
		if f == nil || !f.AgainAfterError || !f.RespKnown {
			continue
		}
		if r.resends == nil {
			r.resends = map[*types.Func]*ResendFact{}
		}
		rf := &ResendFact{Summary: *f}
		r.resends[fn] = rf
		r.pass.ExportObjectFact(fn, rf)
	}
}

// importResends looks up, while Run is active, the ResendFacts of the
// senders of other packages that this package's payment ops go through.
func (r *Result) importResends(info *payment.Info) {
	if info == nil {
		return
	}
	for _, op := range info.Ops {
		if op == nil || op.Via == nil || op.Via.Pkg() == nil || op.Via.Pkg() == r.pass.Pkg {
			continue
		}
		fn := op.Via.Origin()
		if _, ok := r.resendsImp[fn]; ok {
			continue
		}
		var f *ResendFact
		fact := new(ResendFact)
		if r.pass.ImportObjectFact != nil && r.pass.ImportObjectFact(fn, fact) {
			f = fact
		}
		if r.resendsImp == nil {
			r.resendsImp = map[*types.Func]*ResendFact{}
		}
		r.resendsImp[fn] = f
	}
}

// Resend returns the summary of fn when it sends again the request its
// caller describes (of this package, or imported for a sender an op of
// this package goes through); nil otherwise.
func (r *Result) Resend(fn *types.Func) *payment.HelperFact {
	if r == nil || fn == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	fn = fn.Origin()
	f := r.resends[fn]
	if fn.Pkg() != r.pass.Pkg {
		f = r.resendsImp[fn]
	}
	if f == nil {
		return nil
	}
	return &f.Summary
}
