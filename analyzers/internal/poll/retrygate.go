package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
)

// A read retried on network errors, rate limits and server errors lets
// the answer out under a gate that names the codes it retries:
//
//	if err == nil && resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500 {
//		return &st, decode(resp, &st)
//	}
//
// failedWhen reads every != as "true on failure" (!= 200), so the gate
// above was of unknown polarity, the return not taken "as soon as a read
// succeeds", and the retry of one GET taken for a poll with no status
// exit. passedOnSuccess decides the polarity of a comparison with a
// constant code a retry waits out (408, 429, 5xx) from the code: == is
// true on failure and != on success. Everything else is failedWhen's.

// passedOnSuccess is passedOnSuccess with the codes' polarity.
func (f *finder) passedOnSuccess(g guard) bool {
	switch f.failedWhen(g.cond) {
	case 1:
		return g.neg
	case -1:
		return !g.neg
	}
	return false
}

// failedWhen is failedWhen, reading == and != by the constant code
// compared with.
func (f *finder) failedWhen(cond ast.Expr) int {
	c, ok := unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return failedWhen(cond)
	}
	switch c.Op {
	case token.LOR, token.LAND:
		x, y := f.failedWhen(c.X), f.failedWhen(c.Y)
		if x == y && (c.Op == token.LOR) == (x == 1) {
			return x
		}
		return 0
	case token.EQL, token.NEQ:
		code, ok := f.code(c.X)
		if !ok {
			code, ok = f.code(c.Y)
		}
		if !ok {
			return failedWhen(cond)
		}
		if code != 408 && code != 429 && code < 500 {
			// == 200 and != 200 are failedWhen's already; a 404 or
			// 409 is "not there yet", which a poll may wait out
			// (retrystatus awaitVisible): left to failedWhen too.
			return failedWhen(cond)
		}
		if c.Op == token.EQL {
			return 1
		}
		return -1
	}
	return failedWhen(cond)
}

// code returns the value of an integer constant that can be an HTTP
// status code (100-599).
func (f *finder) code(e ast.Expr) (int64, bool) {
	tv, ok := f.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	v, exact := constant.Int64Val(tv.Value)
	return v, exact && v >= 100 && v < 600
}
