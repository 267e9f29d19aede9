package retry

import (
	"go/ast"
	"go/constant"
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
// respstatus.go; RespKnown false when it goes round only on a transport
// error, or its test of the answer cannot be read), its wait and its
// bound, and whether a key it attaches itself is drawn anew inside its
// loop. Only senders whose send is a template over their parameters
// (payment.Info.TemplateSends) and that go round after a failed send
// (not only after a success) are summarised.
//
// The call of such a sender is a retry of the write it is handed (Around
// returns a Resend construct for it): the caller's arguments are
// evaluated once, so a key set in the request it describes (a header of
// the Request literal made from the payout id, or drawn once before the
// call) is the same on every send, and no key at all is none on every
// send; a key the sender draws inside its loop is a new one per send.

// ResendFact summarises a function that sends the request its callers
// describe and sends it again, in a retry of its own, after a failure.
type ResendFact struct {
	Summary payment.HelperFact
	// KeyPerAttempt: the sender attaches a key of its own, made anew
	// inside its resend loop (a uuid drawn before every send).
	KeyPerAttempt bool
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
		if f == nil || !f.AgainAfterError {
			continue
		}
		if r.resends == nil {
			r.resends = map[*types.Func]*ResendFact{}
		}
		rf := &ResendFact{Summary: *f, KeyPerAttempt: r.keyPerResend(c, info.TemplateSends[fn], info.TemplateKeys[fn])}
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

// keyPerResend: the key k the sender c attaches to its send (of its own
// making) is drawn anew on every pass of the loop that sends again.
func (r *Result) keyPerResend(c candidate, send *ast.CallExpr, k *payment.Key) bool {
	if k == nil || send == nil {
		return false
	}
	for _, con := range r.around(send, send, maxDepth) {
		if con.Kind != Loop && con.Kind != Recursion {
			continue
		}
		op := &payment.Op{Call: send, Key: k}
		switch payment.KeyOf(r.pass.TypesInfo, op, payment.Attempts{Region: con.Region, Counters: con.Counters}).Kind {
		case payment.KeyPerAttempt, payment.KeyFromCounter, payment.KeyPerCall:
			return true
		}
		return false
	}
	return false
}

// resend returns the fact of fn (its origin) when it sends again the
// request its caller describes; r.mu held.
func (r *Result) resend(fn *types.Func) *ResendFact {
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	if fn.Pkg() != r.pass.Pkg {
		return r.resendsImp[fn]
	}
	return r.resends[fn]
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
	if f := r.resend(fn); f != nil {
		return &f.Summary
	}
	return nil
}

// ResendAttempts describes, for payment.KeyOf, the sends of the request a
// call of fn describes when fn sends it again (Resend).
func (r *Result) ResendAttempts(fn *types.Func) payment.Attempts {
	if r == nil || fn == nil {
		return payment.Attempts{}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	f := r.resend(fn)
	if f == nil {
		return payment.Attempts{}
	}
	return payment.Attempts{Resent: true, SenderKeyPerAttempt: f.KeyPerAttempt}
}

// resendConstruct returns the Resend construct of call when its callee
// sends again the request call describes; r.mu held. Not for a sender
// whose send is one of this package's dispatched writes: that send is
// judged where it is written, in the sender's loop (payment.Info.Dispatched).
func (r *Result) resendConstruct(call *ast.CallExpr) *Construct {
	callee := r.staticCallee(call)
	f := r.resend(callee)
	if f == nil {
		return nil
	}
	if info, _ := r.pass.ResultOf[payment.Analyzer].(*payment.Info); info != nil && callee.Pkg() == r.pass.Pkg {
		send := info.TemplateSends[callee]
		for _, d := range info.Dispatched {
			if send != nil && d.Call == send {
				return nil
			}
		}
	}
	sum := f.Summary
	if sendsOnce(r.pass.TypesInfo, &sum, call) {
		return nil
	}
	return &Construct{Kind: Resend, Name: payment.HelperName(callee) + ", which sends it again in its " + sum.By,
		Pos: call.Pos(), Node: call, Summary: &sum, SenderKeyPerAttempt: f.KeyPerAttempt}
}

// sendsOnce: call caps the sender's attempts at one (c.call(ctx, "POST",
// "/refund", body, nil, 1)): a constant of at most 1 for the parameter
// bounding its loop, which then sends at most once (or, counting retries
// from 0, twice at most: precision first, no retry).
func sendsOnce(info *types.Info, f *payment.HelperFact, call *ast.CallExpr) bool {
	arg := argAt(call, f.AttemptsParam)
	if arg == nil {
		return false
	}
	tv, ok := info.Types[arg]
	if !ok || tv.Value == nil {
		return false
	}
	n, ok := constant.Int64Val(constant.ToInt(tv.Value))
	return ok && n <= 1
}
