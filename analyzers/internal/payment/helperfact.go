package payment

import (
	"fmt"
	"go/types"
	"strings"
	"time"
)

// HelperFact summarises a retry or poll helper: a function that calls
// its func-typed parameter Param again and again until the callback
// reports done (a nil error, or true), waiting in between and stopping
// on a bound. The retry model (package retry) computes and exports it,
// for generic functions and methods too, so that a caller in any package
// sees retryx.Do(ctx, 3, func() error { … }) as a retry of the callback
// and pollx.Until(ctx, 500*time.Millisecond, func() (bool, error) { … })
// as a poll every 500ms. Only functions with a func-typed parameter
// called in a loop, recursion or retry library get one.
type HelperFact struct {
	// Param is the index of the func-typed parameter called repeatedly
	// (receiver not counted).
	Param int
	// By names how the helper repeats: "for loop", "recursion",
	// "backoff.Retry".
	By string
	// AgainAfterError: the callback runs again after it returned an
	// error (a retry helper). False for poll helpers that give up on the
	// first error.
	AgainAfterError bool
	// DoneBool: the callback's first result is a bool that stops the
	// helper when true (a poll helper's "done"); otherwise a nil error
	// (the last result) stops it.
	DoneBool bool
	// ErrorStops: the helper returns when the callback returns an error.
	ErrorStops bool

	// Wait is how long the helper waits between calls.
	Wait WaitKind
	// WaitParam is the parameter holding the wait (Wait == WaitParam).
	WaitParam int
	// WaitDur is the fixed wait (Wait == WaitConst).
	WaitDur time.Duration
	// WaitGrows: the wait increases from call to call.
	WaitGrows bool

	// Bound is what stops the helper even if the callback never reports
	// done: a set of BoundKind bits; zero means nothing does.
	Bound BoundKind
	// CtxParam is the context parameter whose Done/Err bounds the helper,
	// -1 if none (a caller passing context.Background() removes it).
	CtxParam int
	// AttemptsParam is the parameter capping the calls, -1 if none (or
	// the cap is a constant).
	AttemptsParam int

	// HasDoneParam: the helper stops when its func parameter DoneParam,
	// handed a value the callback answered, says so in a condition of
	// its loop (a poll helper's done predicate: WaitFor(ctx, every,
	// fetch, done)); the callback's own answers then stop it only with
	// an error it gives up on (retry/doneparam.go).
	HasDoneParam bool
	DoneParam    int

	// RespKnown: the callback returns an *http.Response whose status the
	// helper tests itself, and RespRetried lists the answers (among 2xx
	// and the common 4xx/5xx) on which it calls the callback again.
	RespKnown   bool
	RespRetried []int
}

// WaitKind says how a helper waits between two calls of its callback.
type WaitKind uint8

const (
	// WaitUnknown: something in the loop may wait (an unknown call, a
	// duration computed at run time): rules treat the wait as unknown.
	WaitUnknown WaitKind = iota
	// WaitNone: the helper calls the callback again at once.
	WaitNone
	// WaitParam: time.Sleep, a ticker or a timer of a duration parameter.
	WaitParam
	// WaitConst: a fixed duration known statically (WaitDur).
	WaitConst
	// WaitLibrary: a retry library's backoff policy.
	WaitLibrary
)

// BoundKind is a set of things that stop a helper.
type BoundKind uint8

const (
	// BoundCtx: ctx.Done() or ctx.Err() of the CtxParam context.
	BoundCtx BoundKind = 1 << iota
	// BoundAttempts: an attempt cap (AttemptsParam, or a constant).
	BoundAttempts
	// BoundDeadline: a deadline or timeout made inside the helper.
	BoundDeadline
	// BoundOther: an exit the model does not understand (treated as a
	// bound: precision first).
	BoundOther
)

// AFact marks HelperFact as an analysis fact.
func (*HelperFact) AFact() {}

func (f *HelperFact) String() string {
	parts := []string{fmt.Sprintf("helper: repeats param %d by %s", f.Param, f.By)}
	if f.AgainAfterError {
		parts = append(parts, "again after error")
	}
	if f.DoneBool {
		parts = append(parts, "until true")
	}
	if f.ErrorStops {
		parts = append(parts, "stops on error")
	}
	switch f.Wait {
	case WaitNone:
		parts = append(parts, "no wait")
	case WaitParam:
		parts = append(parts, fmt.Sprintf("waits param %d", f.WaitParam))
	case WaitConst:
		parts = append(parts, "waits "+f.WaitDur.String())
	case WaitLibrary:
		parts = append(parts, "waits by library policy")
	default:
		parts = append(parts, "wait unknown")
	}
	if f.WaitGrows {
		parts = append(parts, "growing")
	}
	var bounds []string
	if f.Bound&BoundCtx != 0 {
		bounds = append(bounds, fmt.Sprintf("ctx param %d", f.CtxParam))
	}
	if f.Bound&BoundAttempts != 0 {
		if f.AttemptsParam >= 0 {
			bounds = append(bounds, fmt.Sprintf("attempts param %d", f.AttemptsParam))
		} else {
			bounds = append(bounds, "attempts")
		}
	}
	if f.Bound&BoundDeadline != 0 {
		bounds = append(bounds, "deadline")
	}
	if f.Bound&BoundOther != 0 {
		bounds = append(bounds, "other")
	}
	if len(bounds) == 0 {
		bounds = append(bounds, "unbounded")
	}
	parts = append(parts, "bound "+strings.Join(bounds, "+"))
	if f.RespKnown {
		parts = append(parts, fmt.Sprintf("again on statuses %v", f.RespRetried))
	}
	return strings.Join(parts, "; ")
}

// HelperName names a helper as messages show it: retryx.Do,
// pollx.Poller.Wait (package, receiver type, method).
func HelperName(fn *types.Func) string {
	name := fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}
