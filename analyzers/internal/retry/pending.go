package retry

import "go/ast"

// SelectsPending reports whether call is a query that selects rows by a
// pending-like status (SQL text, a GORM Where, a struct filter, a query
// function of this package, a name such as NextPending), as the worker
// loops over pending rows are found (rows.go). The poll model asks it to
// tell a sweep's pass, which takes the row the store picks, from a poll
// of one payment (poll/storerow.go).
func (r *Result) SelectsPending(call *ast.CallExpr) bool {
	if r == nil || call == nil {
		return false
	}
	r.init()
	return r.pendingQuery(call) != nil
}
