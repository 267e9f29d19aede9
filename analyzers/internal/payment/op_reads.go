package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- status reads of payments known by their writes ---------------------------
//
// A payment whose write is known by its body (op_shape.go) is read back
// on a path of the same API with no payment word either:
//
//   - a GET of the resource the write created, or of a verify/status
//     action on it: POST /v1/upi/collect then GET /v1/upi/collect/{id};
//     POST /transfer then GET /transfer/verify/{reference};
//   - a POST to a query/status/verify endpoint whose body carries the id
//     the write returned: Daraja's STK push returns CheckoutRequestID,
//     which POST /mpesa/stkpushquery/v1/query sends back.
//
// Both need a payment write of the same package: a GET of a path nothing
// in the package wrote to, or a query carrying an id no payment write
// returned (a job's, a report's), is not a payment read.

// readActions may stand between a written resource and the id read, or
// end a POST that reads.
var readActions = map[string]bool{"verify": true, "status": true, "query": true}

// pkgWrite is a payment write of the package, found by scanning its sends.
type pkgWrite struct {
	path urlPath
	decl *ast.FuncDecl
	kind Kind
}

// writeScan caches a builder's writes, valid while its send templates
// are the ones it was computed with (computeSends changes them until its
// fixed point).
type writeScan struct {
	sends  map[*types.Func]*SendFact
	writes []pkgWrite
}

// packageWrites returns the payment writes of the package that are known
// by their URL, their form method or their body.
func (b *builder) packageWrites() []pkgWrite {
	sc := b.writeScan
	if sc != nil && sameSends(sc.sends, b.sends) {
		return sc.writes
	}
	sc = &writeScan{sends: map[*types.Func]*SendFact{}}
	for fn, sf := range b.sends {
		sc.sends[fn] = sf
	}
	for _, cs := range b.ix.calls {
		if cs.Callee == nil {
			continue
		}
		s := b.sendAt(cs)
		if s == nil || !s.MethodOK || !s.URLOK {
			continue
		}
		p, ok := parseURL(s.URL)
		if !ok {
			continue
		}
		kind, _, _ := classifyHTTP(s.Method, p, b.methods, b.paymentURLs)
		if kind == 0 {
			kind, _ = b.ix.formMethodKind(s)
		}
		if kind == 0 {
			kind = b.shapeWrite(s, p)
		}
		if kind.Has(Write) {
			sc.writes = append(sc.writes, pkgWrite{path: p, decl: cs.Decl, kind: kind})
		}
	}
	b.writeScan = sc
	return sc.writes
}

func sameSends(a, b map[*types.Func]*SendFact) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// readBack classifies a GET, or a POST to a read endpoint, as a status
// read of a payment the package writes; it returns the id read.
func (b *builder) readBack(s *httpSend, p urlPath, decl *ast.FuncDecl) (Kind, ast.Expr) {
	switch strings.ToUpper(s.Method) {
	case "GET":
		if id := b.getOfWritten(p); id != nil {
			return StatusRead, id
		}
		if id := b.objectRead(s, p, decl); id != nil {
			return StatusRead, id // a payment object read back by its id (objectread.go)
		}
	case "POST":
		if id := b.queryOfWritten(s, p); id != nil {
			return StatusRead, id
		}
	}
	return 0, nil
}

// getOfWritten: p is W/{id}, W/{verb}/{id} or W?{id} (verb a read
// action), followed only by status segments, where W is the literal path
// of a payment the package creates. It returns the id.
func (b *builder) getOfWritten(p urlPath) ast.Expr {
	for _, w := range b.packageWrites() {
		if !w.kind.Has(Create) || !namesSomething(w.path) || len(p.Segs) < len(w.path.Segs) {
			continue
		}
		if id := readPastPrefix(p, w.path); id != nil {
			return id
		}
	}
	return b.siblingStatus(p) // gatewaystatus.go
}

// versionSeg: "v1", "v2beta", "api": path segments that name no resource.
var versionSeg = lazyRE(`^(v[0-9]+[a-z0-9]*|api|rest)$`)

// namesSomething: a literal path with a segment other than a version, so
// that W/{id} reads one thing ("/v1/{id}" would read anything).
func namesSomething(w urlPath) bool {
	for _, s := range w.Segs {
		if s.Hole == nil && !versionSeg.MatchString(strings.ToLower(s.Lit)) {
			return true
		}
	}
	return false
}

// readPastPrefix returns the id hole of p read past the literal prefix
// w: W/{id}, W/{verb}/{id}, or W/{verb}?…={id}.
func readPastPrefix(p, w urlPath) ast.Expr {
	for i, s := range w.Segs {
		if s.Hole != nil || p.Segs[i].Hole != nil || !strings.EqualFold(p.Segs[i].Lit, s.Lit) {
			return nil
		}
	}
	rest := p.Segs[len(w.Segs):]
	verb := len(rest) > 0 && rest[0].Hole == nil && readActions[strings.ToLower(rest[0].Lit)]
	if verb {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		// Only after a verb: W?page={n} lists, W/verify?reference={r} reads.
		if verb && len(p.Query) == 1 && p.Query[0].Expr != nil {
			return p.Query[0].Expr
		}
		return nil
	}
	if rest[0].Hole == nil || rest[0].Hole.Expr == nil {
		return nil
	}
	for _, s := range rest[1:] {
		if s.Hole != nil || !statusSegs[strings.ToLower(s.Lit)] {
			return nil
		}
	}
	return rest[0].Hole.Expr
}

// queryOfWritten: a POST whose last segment is a read action and whose
// body, with no amount in it, carries a field named as a field of the
// result of a function that makes a payment write in this package (the
// id that write returned). It returns that field's value.
func (b *builder) queryOfWritten(s *httpSend, p urlPath) ast.Expr {
	last := p.Segs
	if len(last) == 0 || last[len(last)-1].Hole != nil || !queriesSeg(last[len(last)-1].Lit) {
		return nil
	}
	fs := b.queryFields(s)
	for n := range fs {
		if amountFields[n] {
			return nil
		}
	}
	for _, w := range b.packageWrites() {
		for n := range resultFields(b, w.decl) {
			// A named id (CheckoutRequestID) or the merchant's payment
			// reference (WeChat's out_trade_no), not a bare "id" that
			// every result has.
			if v, ok := fs[n]; ok && v != nil && n != "id" && (strings.HasSuffix(n, "id") || referenceNames[n]) {
				return v
			}
		}
	}
	return nil
}

// resultFields: the normalised field names of the struct that decl's
// function returns first (by Go name and by JSON name).
func resultFields(b *builder, decl *ast.FuncDecl) map[string]bool {
	out := map[string]bool{}
	if decl == nil {
		return out
	}
	fn, _ := b.ix.info.Defs[decl.Name].(*types.Func)
	if fn == nil {
		return out
	}
	st := firstResultStruct(fn)
	if st == nil {
		return out
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		out[normField(f.Name())] = true
		out[normField(jsonName(f.Name(), st.Tag(i)))] = true
	}
	return out
}
