package payment

import (
	"go/ast"
	"go/types"
	"sort"
)

// ---- the send inside a method/path dispatcher ------------------------------
//
// The commonest client shape sends every request through one function
// whose method and path are parameters:
//
//	func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
//		op := func() error {
//			req, err := c.newRequest(ctx, method, path, body) // a new key on POST
//			resp, err := c.http.Do(req)
//			…
//		}
//		return backoff.Retry(op, b)
//	}
//	func (c *Client) CreateTransfer(…) { c.do(ctx, http.MethodPost, "/v2/transfers", tr, &t) }
//
// The dispatcher's SendFact makes each caller's call an op (POST
// /v2/transfers). But what the dispatcher does around the send — a retry
// loop or library wrapped round it, the key made inside that retry — is
// only visible at the send itself, where the method is a parameter. So
// the send inside a dispatcher of this package is also described as the
// write its callers of this package make through it (Info.Dispatched),
// and the idempotency rule judges the retry where it is written, once,
// not at every caller. Only writes: a dispatcher whose callers only read,
// or call a non-payment API, has none. These ops are not in Info.Ops nor
// in the dispatcher's WrapperFact: the same send also serves the
// dispatcher's GET callers, which stay reads for every other model (a
// webhook handler reading a transfer through it sends no write). A
// retrying client (retryablehttp, resty) is judged at each call
// (idempotency/clienttemplate.go), so its sends get none either.

// dispatchedOps records, for every local dispatcher with a write caller,
// the op of its send (the first write caller's, in source order).
func (b *builder) dispatchedOps() {
	type caller struct {
		cs callSite
		op *Op
	}
	first := map[*types.Func]caller{}
	// keyed: a write caller passes a key in its arguments (a body field,
	// a key parameter): the send has it even when the dispatcher makes none.
	keyed := map[*types.Func]bool{}
	for _, cs := range b.ix.calls {
		if cs.Decl == nil || cs.Callee == nil || cs.Callee.Pkg() != b.pass.Pkg {
			continue
		}
		sf := b.sends[cs.Callee]
		if sf == nil || !dispatches(sf) {
			continue
		}
		s := b.expandSend(cs, sf)
		if s == nil {
			continue
		}
		op := b.httpOp(s, cs.Decl)
		if op == nil || !op.Kind.Has(Write) {
			continue
		}
		if op.Key != nil {
			keyed[cs.Callee] = true
		}
		if c, ok := first[cs.Callee]; !ok || cs.Call.Pos() < c.cs.Call.Pos() {
			first[cs.Callee] = caller{cs, op}
		}
	}
	var fns []*types.Func
	for fn := range first {
		fns = append(fns, fn)
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	for _, fn := range fns {
		decl := b.ix.declOf[fn]
		s := b.dispatchedSend(fn, decl)
		if s == nil || b.info.Ops[s.Call] != nil || s.Retries != "" {
			continue // a retrying client is judged at each call (idempotency/clienttemplate.go)
		}
		key := b.sendKey(s, decl)
		if key == nil && keyed[fn] {
			continue // the key is the caller's, judged at its call
		}
		c := first[fn]
		desc := c.op.Desc
		if c.cs.Decl.Name != nil {
			if f, ok := b.ix.info.Defs[c.cs.Decl.Name].(*types.Func); ok {
				desc += " (sent for " + qualName(f) + ")"
			}
		}
		b.info.Dispatched = append(b.info.Dispatched, &Op{
			Call:   s.Call,
			Kind:   c.op.Kind,
			Method: c.op.Method,
			Path:   c.op.Path,
			Desc:   desc,
			Key:    key,
		})
	}
}

// dispatches: a template whose method or a piece of whose URL is a
// parameter (not a whole request handed in, nor a fixed endpoint with
// only a parameter body).
func dispatches(sf *SendFact) bool {
	if sf.ReqParam >= 0 {
		return false
	}
	if sf.MethodParam >= 0 {
		return true
	}
	for _, p := range sf.URL {
		if p.Param >= 0 {
			return true
		}
	}
	return false
}

// dispatchedSend is the send of decl its SendFact was made from: the
// first send, in source order, that is no op of its own but a template
// over decl's parameters.
func (b *builder) dispatchedSend(fn *types.Func, decl *ast.FuncDecl) *httpSend {
	if decl == nil {
		return nil
	}
	var sites []callSite
	for _, cs := range b.ix.calls {
		if cs.Decl == decl && cs.Callee != fn && cs.Callee != nil {
			sites = append(sites, cs)
		}
	}
	sort.Slice(sites, func(i, j int) bool { return sites[i].Call.Pos() < sites[j].Call.Pos() })
	for _, cs := range sites {
		s := b.sendAt(cs)
		if s == nil || s.Via != nil || b.httpOp(s, decl) != nil {
			continue
		}
		if sf := b.partialSend(s, decl); sf != nil && dispatches(sf) {
			return s
		}
	}
	return nil
}
