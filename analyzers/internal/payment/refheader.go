package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// A key header named for the request's own reference. Many providers
// dedupe a write on a header of their own naming, not Idempotency-Key:
// X-Request-Reference, X-Reference, X-Request-Id, X-Correlation-Id,
// Request-Reference, X-Unique-Id, X-Client-Reference. The same names
// also label tracing ids and notes, so the name alone decides nothing;
// what the code puts there does:
//
//	const requestRefHeader = "X-Request-Reference"
//	for attempt := 0; attempt < c.attempts; attempt++ {
//		req, err := c.newRequest(ctx, http.MethodPost, "/v2/transfers", tr)
//		…
//		req.Header.Set(requestRefHeader, ref) // the caller's, made once
//		resp, err := c.http.Do(req)
//
// In a last pass, when no key of a known name was found, such a header
// (set through a constant, a header map or literal, resty's SetHeader or
// SetHeaders, on a net/http or retryablehttp request) is the write's key
// only when its value is a per-operation reference that every attempt
// sends unchanged:
//   - it derives from a parameter of the sending function (the caller's
//     reference or a field of its row), no constant, no context.Context
//     and no incoming request (a tracing id forwarded from them names the
//     request being served, not the operation), made anew by nothing; or
//   - it is made anew (a uuid) but once, outside every loop or retried
//     closure around the send, or for a client that re-sends the very
//     request itself (retryablehttp, resty with retries).
// Configuration (a merchant id, a tenant, a version, a token from the
// receiver's fields or a constant), a value made inside the loop, from
// the attempt counter or in a helper on every call, and such a header on
// a client whose other methods key their requests with an idempotency
// header (refkey.go: the API keys by that header) keep the old
// verdict: no key.

// refHeaderSentinel, appended to builder.extraHeaders, says that the
// reference-named headers are matched (refHeaderKey's pass); entries
// with refHeaderNot before a lower-cased name are headers already turned
// down in this pass.
const (
	refHeaderSentinel = "\x00paylint:k16-reference-header"
	refHeaderNot      = "\x00paylint:k16-not:"
)

// refHeaderTails are the (separator-free, lower-cased) endings of the
// header names that read as a request's own reference or identifier,
// after an optional provider prefix (PayPal-Request-Id, Acme-Request-Ref).
var refHeaderTails = map[string]bool{
	"requestreference": true, "requestref": true, "requestid": true, "requestkey": true,
	"clientreference": true, "clientref": true, "clientrequestid": true, "clientrequestreference": true,
	"correlationid": true, "correlationref": true, "correlationreference": true, "correlationkey": true,
	"uniqueid": true, "uniquereference": true, "uniqueref": true, "uniquekey": true,
	"transactionreference": true, "transactionref": true,
	"transferreference": true, "transferref": true,
	"paymentreference": true, "paymentref": true,
	"operationid": true, "operationreference": true,
	"dedupeid": true, "dedupekey": true, "dedupid": true, "dedupkey": true,
	"deduplicationid": true, "deduplicationkey": true,
}

// refNamedHeader: name reads as a request reference: a tail above, or
// a bare Reference / X-Reference / X-Ref (not X-Preference, X-Trace-Id,
// X-Merchant-Id, X-Tenant-Id, X-Api-Version).
func refNamedHeader(name string) bool {
	toks := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	if len(toks) > 1 && toks[0] == "x" {
		toks = toks[1:]
	}
	if len(toks) == 1 && (toks[0] == "reference" || toks[0] == "ref") {
		return true
	}
	for n := 1; n <= 3 && n <= len(toks); n++ {
		if refHeaderTails[strings.Join(toks[len(toks)-n:], "")] {
			return true
		}
	}
	return false
}

// refHeaderMatch: the reference-named headers are matched in this pass
// and name was not turned down; for isKeyHeader.
func (b *builder) refHeaderMatch(name string) bool {
	on := false
	for _, h := range b.extraHeaders {
		switch {
		case h == refHeaderSentinel:
			on = true
		case strings.HasPrefix(h, refHeaderNot) && h[len(refHeaderNot):] == strings.ToLower(name):
			return false
		}
	}
	return on && refNamedHeader(name)
}

// refHeaderKey finds the key of send s in decl under the rules above, or
// nil. Each header turned down is left out of the next try, so a tracing
// id set first does not hide the reference set after it.
func (b *builder) refHeaderKey(s *httpSend, decl *ast.FuncDecl) *Key {
	if decl == nil || decl.Body == nil {
		return nil
	}
	savedH, savedS := b.extraHeaders, b.setters
	defer func() { b.extraHeaders, b.setters = savedH, savedS }()
	// A local helper's key setters are found afresh in this pass, so the
	// helpers' reference headers are judged here, at the send, and never
	// leak into the passes that know only the idempotency names.
	b.setters = map[*types.Func][]keySetter{}
	b.extraHeaders = append(append([]string(nil), savedH...), refHeaderSentinel)
	for try := 0; try < 4; try++ {
		k := b.httpKeyOf(s, decl)
		if k == nil || !refNamedHeader(k.Name) {
			return nil
		}
		if b.stableReference(k, s, decl) {
			if b.headerKeyedRef(&Key{Name: "reference"}, decl) == nil {
				return nil // the client keys its requests by an idempotency header
			}
			return k
		}
		b.extraHeaders = append(b.extraHeaders, refHeaderNot+strings.ToLower(k.Name))
	}
	return nil
}

// stableReference: k's value is a per-operation reference that every
// attempt around s sends unchanged (see above).
func (b *builder) stableReference(k *Key, s *httpSend, decl *ast.FuncDecl) bool {
	if k.Value == nil || k.FreshInCallee || b.constantValue(k.Value) {
		return false
	}
	if sv, ok := b.ix.stringConst(k.Value); ok && sv == "" {
		return false
	}
	regions := retryRegions(b.ix.info, decl.Body, s.Call)
	for _, a := range regions {
		if !KeyOf(b.ix.info, &Op{Key: k}, a).Stable() {
			return false // made per attempt, or from the attempt counter
		}
	}
	if len(k.Fresh) > 0 {
		// A uuid made once: stable only if something around the send
		// repeats it (a loop, a retried closure, the client itself).
		return len(regions) > 0 || s.Retries != ""
	}
	return k.Param >= 0 && !servedRequestParam(decl, k.Param, b.ix.info)
}

// retryRegions: the loops and function literals of body that hold call,
// each as the attempts it would repeat; none when call is nil.
func retryRegions(info *types.Info, body *ast.BlockStmt, call *ast.CallExpr) []Attempts {
	if call == nil {
		return nil
	}
	var out []Attempts
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if n == call {
			for _, p := range stack {
				switch x := p.(type) {
				case *ast.ForStmt:
					out = append(out, LoopAttempts(info, x))
				case *ast.RangeStmt:
					out = append(out, Attempts{Region: x.Body})
				case *ast.FuncLit:
					out = append(out, Attempts{Region: x.Body})
				}
			}
			return false
		}
		if call.Pos() < n.Pos() || call.End() > n.End() {
			return false
		}
		stack = append(stack, n)
		return true
	})
	return out
}

// servedRequestParam: parameter i of decl is a context or the request
// being served (*http.Request, a framework's Context): an id read from it
// traces the request served, it is no reference of the operation.
func servedRequestParam(decl *ast.FuncDecl, i int, info *types.Info) bool {
	idx := 0
	for _, f := range decl.Type.Params.List {
		n := len(f.Names)
		if n == 0 {
			n = 1
		}
		if i < idx+n {
			t := info.TypeOf(f.Type)
			if t == nil {
				return true
			}
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if named, ok := types.Unalias(t).(*types.Named); ok {
				obj := named.Obj()
				if obj.Name() == "Context" || obj.Name() == "Request" && obj.Pkg() != nil && obj.Pkg().Path() == "net/http" {
					return true
				}
			}
			return false
		}
		idx += n
	}
	return false
}
