package payment

import (
	"go/ast"
	"strings"
)

// ---- verify actions read a payment (Flutterwave v3 and alike) -----------------
//
// Verifying a transaction is asking the provider what became of it:
//
//	GET /transactions/{id}/verify                       (by the provider's id)
//	GET /transactions/verify_by_reference?tx_ref={ref}  (by the merchant's)
//
// The first is read as GET /transactions/{id}/status is; the second,
// sent with resty's SetQueryParam, had no id in its URL at all, so the
// query parameter is put into the URL when the path ends in a verify
// action. Both are read on a transactions path only through the GET
// rules of classifyHTTP, which still need a payment resource.

// readAfterID: the segment i after the id hole at idAt is a verify
// action ending the path (/transactions/{id}/verify/documents stays
// unknown).
func readAfterID(p urlPath, idAt, i int) bool {
	return i == idAt+1 && i == len(p.Segs)-1 && p.Segs[i].Hole == nil &&
		strings.EqualFold(p.Segs[i].Lit, "verify")
}

// restyQuery appends to a resty GET's literal URL the one query
// parameter set on its chain (SetQueryParam(name, v), v not a constant)
// when the path's last segment starts with a read action
// ("verify_by_reference", "status"): the parameter is then the payment
// read. A list's filters (page, status=pending) sit on other paths or
// are constants and stay out.
func (ix *index) restyQuery(s *httpSend, e ast.Expr) {

	if s.Method != "GET" || !s.URLOK || !endsInReadAction(s.URL) {
		return
	}
	var name string
	var val ast.Expr
	for depth := 0; depth < 64; depth++ {
		c, ok := unparen(e).(*ast.CallExpr)
		if !ok {
			break
		}
		sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
		fn := calleeOf(ix.info, c)
		if !ok || fn == nil || funcPath(fn) != restyPath || recvTypeName(fn) != "Request" {
			break
		}
		switch fn.Name() {
		case "SetQueryParam":
			if len(c.Args) != 2 || val != nil {
				return // two parameters: a search, not a read of one
			}
			n, ok := ix.stringConst(c.Args[0])
			if _, isConst := ix.stringConst(c.Args[1]); !ok || isConst {
				return
			}
			name, val = n, c.Args[1]
		case "SetQueryParams", "SetQueryString", "SetQueryParamsFromValues":
			return
		}
		e = sel.X
	}
	if val == nil || name == "" {
		return
	}
	s.URL = append(append(append(strval{}, s.URL...), lit("?"+name+"=")...), hole(val, ix.paramIndex(val))...)
}

// endsInReadAction: a literal URL with no query whose last segment's
// first word is a read action (verify, status, query).
func endsInReadAction(u strval) bool {
	if len(u) == 0 || u[len(u)-1].Hole {
		return false
	}
	for _, p := range u {
		if !p.Hole && strings.Contains(p.Lit, "?") {
			return false
		}
	}
	last := u[len(u)-1].Lit
	last = strings.TrimRight(last, "/")
	if i := strings.LastIndex(last, "/"); i >= 0 {
		last = last[i+1:]
	} else if len(u) > 1 {
		return false // the segment is partly a hole
	}
	word := strings.ToLower(strings.FieldsFunc(last+"_", func(r rune) bool { return r == '_' || r == '-' })[0])
	return readActions[word]
}

// verifyRef: a query parameter naming the merchant's reference
// (tx_ref, reference) on a path whose last segment starts with a read
// action names the payment read, as an id-like parameter does anywhere:
// GET /transactions/verify_by_reference?tx_ref={}. Elsewhere a reference
// may be a filter of a list and stays out.
func verifyRef(p urlPath, key string) bool {
	n := len(p.Segs)
	if n == 0 || p.Segs[n-1].Hole != nil {
		return false
	}
	words := strings.FieldsFunc(p.Segs[n-1].Lit, func(r rune) bool { return r == '_' || r == '-' })
	if len(words) == 0 || !readActions[words[0]] {
		return false
	}
	k := strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(key))
	return referenceNames[k] || k == "ref" || k == "trxref"
}
