package payment

import (
	"go/ast"
	"go/constant"
	"go/token"
	"strings"
)

const constantString = constant.String

func constantStringVal(v constant.Value) string { return constant.StringVal(v) }

func constantInt64(v constant.Value) (int64, bool) {
	if v == nil {
		return 0, false
	}
	if v.Kind() == constant.Float {
		v = constant.ToInt(v)
	}
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// piece is part of a string value: literal text, or a hole whose value is
// not known statically (Expr is what fills it; Param is the enclosing
// function's parameter it comes from, -1 if none).
type piece struct {
	Lit   string
	Hole  bool
	Expr  ast.Expr
	Param int
}

// strval is a string value as far as it is known.
type strval []piece

func (s strval) String() string {
	var b strings.Builder
	for _, p := range s {
		if p.Hole {
			b.WriteString("{}")
		} else {
			b.WriteString(p.Lit)
		}
	}
	return b.String()
}

func lit(s string) strval { return strval{{Lit: s, Param: -1}} }

func hole(e ast.Expr, param int) strval { return strval{{Hole: true, Expr: e, Param: param}} }

// maxEvalDepth bounds the tracing of string values through variables.
const maxEvalDepth = 12

// evalString evaluates e as a string: constants, concatenation,
// fmt.Sprintf, url.JoinPath, path.Join, (*url.URL).JoinPath / String,
// url.Parse, strings.Join of literals, resolved through local variables
// assigned once and package-level variables. Unknown parts become holes.
func (ix *index) evalString(e ast.Expr) strval {
	return ix.evalStr(e, 0)
}

func (ix *index) evalStr(e ast.Expr, depth int) strval {
	if e == nil {
		return hole(nil, -1)
	}
	e = unparen(e)
	if s, ok := ix.stringConst(e); ok {
		return lit(s)
	}
	if depth > maxEvalDepth {
		return hole(e, -1)
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return append(append(strval{}, ix.evalStr(x.X, depth+1)...), ix.evalStr(x.Y, depth+1)...)
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			break
		}
		if ref, ok := ix.paramOf[v]; ok {
			return hole(e, ref.Index)
		}
		if a, ok := ix.single(v); ok && a.Index <= 0 {
			if a.Index == 0 {
				// u, err := url.JoinPath(...) / url.Parse(...)
				if call, ok := unparen(a.RHS).(*ast.CallExpr); ok {
					return ix.evalCall(call, e, depth)
				}
				break
			}
			return ix.evalStr(a.RHS, depth+1)
		}
	case *ast.CallExpr:
		return ix.evalCall(x, e, depth)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return ix.evalStr(x.X, depth+1)
		}
	case *ast.StarExpr:
		return ix.evalStr(x.X, depth+1)
	case *ast.CompositeLit:
		// url.URL{Scheme: "https", Host: h, Path: "/v1/payments"}
		if isNamed(ix.info.TypeOf(x), "net/url", "URL") {
			for _, el := range x.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Path" {
						path := ix.evalStr(kv.Value, depth+1)
						if !startsWithSlash(path) {
							path = append(lit("/"), path...)
						}
						return append(hole(nil, -1), path...)
					}
				}
			}
		}
	}
	return hole(e, -1)
}

func (ix *index) evalCall(call *ast.CallExpr, e ast.Expr, depth int) strval {
	// Conversions: string(x), url.URL? keep the operand.
	if tv, ok := ix.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return ix.evalStr(call.Args[0], depth+1)
	}
	fn := calleeOf(ix.info, call)
	if fn == nil {
		return hole(e, -1)
	}
	switch {
	case isFunc(fn, "fmt", "Sprintf") && len(call.Args) >= 1:
		f, ok := ix.stringConst(call.Args[0])
		if !ok {
			break
		}
		return ix.sprintf(f, call.Args[1:], depth)
	case isFunc(fn, "fmt", "Sprint") && len(call.Args) >= 1:
		var out strval
		for _, a := range call.Args {
			out = append(out, ix.evalStr(a, depth+1)...)
		}
		return out
	case isFunc(fn, "net/url", "JoinPath") && len(call.Args) >= 1:
		return ix.joinPath(ix.evalStr(call.Args[0], depth+1), call.Args[1:], depth, false)
	case isFunc(fn, "path", "Join"):
		return ix.joinPath(nil, call.Args, depth, true)
	case isMethod(fn, "net/url", "URL", "JoinPath"):
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
			return ix.joinPath(ix.evalStr(sel.X, depth+1), call.Args, depth, false)
		}
	case isMethod(fn, "net/url", "URL", "String"):
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
			return ix.evalStr(sel.X, depth+1)
		}
	case (isFunc(fn, "net/url", "Parse") || isFunc(fn, "net/url", "ParseRequestURI")) && len(call.Args) == 1:
		return ix.evalStr(call.Args[0], depth+1)
	case isFunc(fn, "strings", "Join") && len(call.Args) == 2:
		sep, ok := ix.stringConst(call.Args[1])
		cl, ok2 := unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok || !ok2 {
			break
		}
		var out strval
		for i, el := range cl.Elts {
			if i > 0 {
				out = append(out, lit(sep)...)
			}
			out = append(out, ix.evalStr(el, depth+1)...)
		}
		return out
	case (isFunc(fn, "strings", "TrimSuffix") || isFunc(fn, "strings", "TrimRight")) && len(call.Args) == 2:
		// base URL cleanup: strings.TrimSuffix(base, "/") keeps its value
		// for our purposes (the base is a hole or a constant host).
		return ix.evalStr(call.Args[0], depth+1)
	}
	return hole(e, -1)
}

// sprintf renders a format with its verbs as holes filled by args.
func (ix *index) sprintf(f string, args []ast.Expr, depth int) strval {
	var out strval
	var b strings.Builder
	argi := 0
	flush := func() {
		if b.Len() > 0 {
			out = append(out, lit(b.String())...)
			b.Reset()
		}
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		// skip flags, width, precision, explicit index
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0123456789.[]*", f[j]) >= 0 {
			j++
		}
		if j >= len(f) {
			break
		}
		verb := f[j]
		i = j
		flush()
		if argi < len(args) {
			a := args[argi]
			argi++
			if verb == 's' || verb == 'v' || verb == 'd' {
				v := ix.evalStr(a, depth+1)
				if !hasHole(v) {
					out = append(out, v...)
					continue
				}
				if len(v) == 1 {
					out = append(out, v...)
					continue
				}
			}
			out = append(out, hole(a, ix.paramIndex(a))...)
			continue
		}
		out = append(out, hole(nil, -1)...)
	}
	flush()
	return out
}

func hasHole(s strval) bool {
	for _, p := range s {
		if p.Hole {
			return true
		}
	}
	return false
}

// paramIndex returns the parameter index an identifier denotes, -1 if none.
func (ix *index) paramIndex(e ast.Expr) int {
	if v := ix.identVar(e); v != nil {
		if ref, ok := ix.paramOf[v]; ok {
			return ref.Index
		}
	}
	return -1
}

func (ix *index) joinPath(base strval, elems []ast.Expr, depth int, clean bool) strval {
	out := append(strval{}, base...)
	for i, el := range elems {
		v := ix.evalStr(el, depth+1)
		if len(out) > 0 || i > 0 || !clean {
			if !endsWithSlash(out) && !startsWithSlash(v) {
				out = append(out, lit("/")...)
			}
		}
		out = append(out, v...)
	}
	return out
}

func endsWithSlash(s strval) bool {
	return len(s) > 0 && !s[len(s)-1].Hole && strings.HasSuffix(s[len(s)-1].Lit, "/")
}

func startsWithSlash(s strval) bool {
	return len(s) > 0 && !s[0].Hole && strings.HasPrefix(s[0].Lit, "/")
}

// urlPath is the path part of a URL value, split into segments; each
// segment is literal or a hole.
type urlPath struct {
	Segs  []seg
	Query []piece // holes in the query string
}

type seg struct {
	Lit  string // lower case; "" for a hole
	Hole *piece
}

func (p urlPath) String() string {
	var b strings.Builder
	for _, s := range p.Segs {
		b.WriteByte('/')
		if s.Hole != nil {
			b.WriteString("{}")
		} else {
			b.WriteString(s.Lit)
		}
	}
	return b.String()
}

// parseURL extracts the path of a URL value: a scheme and host are
// dropped, a leading hole followed by "/" is taken as the base URL.
// It returns false when no path is known.
func parseURL(v strval) (urlPath, bool) {
	// Flatten into runes-with-holes.
	type tok struct {
		c    byte
		hole *piece
	}
	var toks []tok
	for i := range v {
		p := &v[i]
		if p.Hole {
			toks = append(toks, tok{hole: p})
			continue
		}
		for j := 0; j < len(p.Lit); j++ {
			toks = append(toks, tok{c: p.Lit[j]})
		}
	}
	// Drop scheme://host.
	start := 0
	if n := len(toks); n > 0 {
		var prefix strings.Builder
		for i := 0; i < n && i < 10 && toks[i].hole == nil; i++ {
			prefix.WriteByte(toks[i].c)
		}
		pre := strings.ToLower(prefix.String())
		if k := strings.Index(pre, "://"); k >= 0 {
			start = k + 3
			for start < n && !(toks[start].hole == nil && toks[start].c == '/') {
				if toks[start].hole == nil && toks[start].c == '?' {
					return urlPath{}, false
				}
				start++
			}
		} else if toks[0].hole != nil {
			// base + "/v1/payments"
			start = 1
			if start >= n || toks[start].hole != nil || toks[start].c != '/' {
				return urlPath{}, false
			}
		} else if toks[0].c != '/' {
			// relative path such as "v1/payments" (resty with a base URL)
			start = 0
			toks = append([]tok{{c: '/'}}, toks...)
			n++
		}
	}
	var p urlPath
	var cur strings.Builder
	var curHole *piece
	inQuery := false
	flush := func() {
		if curHole != nil && cur.Len() == 0 {
			p.Segs = append(p.Segs, seg{Hole: curHole})
		} else if cur.Len() > 0 || curHole != nil {
			if curHole != nil {
				// "pi_{}" or "{}.json": a segment with a hole inside.
				p.Segs = append(p.Segs, seg{Hole: curHole})
			} else {
				p.Segs = append(p.Segs, seg{Lit: strings.ToLower(cur.String())})
			}
		}
		cur.Reset()
		curHole = nil
	}
	var qkey strings.Builder // the query parameter being read
	for i := start; i < len(toks); i++ {
		t := toks[i]
		if inQuery {
			switch {
			case t.hole != nil:
				// Only an id-like parameter names one payment
				// (?payment_id=…, ?id=…), not ?limit=….
				k := strings.TrimSuffix(qkey.String(), "=")
				if idParam.MatchString(k) {
					h := *t.hole
					h.Lit = k
					p.Query = append(p.Query, h)
				}
			case t.c == '&':
				qkey.Reset()
			default:
				qkey.WriteByte(t.c)
			}
			continue
		}
		if t.hole != nil {
			if curHole == nil {
				curHole = t.hole
			}
			continue
		}
		switch t.c {
		case '/':
			flush()
		case '?', '#':
			flush()
			inQuery = true
		default:
			cur.WriteByte(t.c)
		}
	}
	flush()
	if len(p.Segs) == 0 {
		return p, false
	}
	return p, true
}

// idParam matches query parameter names that carry one payment's id.
var idParam = lazyRE(`(?i:^([a-z_]*_)?id$)|^[a-z]+Id$`)

// payment resource segments (lower case). Two-segment resources are
// written with a slash.
var resourceSegs = []string{
	"payments", "payment", "pay", "charges", "payment_intents", "paymentintents", "payment-intents",
	"checkout/sessions", "refunds", "payouts", "transfers", "settlements",
	"captures", "orders", "invoices", "confirm",
}

// actionSegs follow a payment resource and act on an existing one.
var actionSegs = map[string]bool{
	"confirm": true, "capture": true, "captures": true, "refund": true, "refunds": true,
	"cancel": true, "void": true, "expire": true, "reverse": true, "reversals": true,
	"authorize": true, "complete": true, "execute": true, "pay": true, "retry": true,
	"approve": true, "settle": true, "increment_authorization": true, "reject": true,
}

// statusSegs may follow the id in a status read.
var statusSegs = map[string]bool{"status": true, "state": true, "details": true}

// needsCompanion are resource words that only name a payment next to
// another payment resource ("/v1/pay/confirm", not "/v1/email/confirm").
var needsCompanion = map[string]bool{"confirm": true, "captures": true}

// resourceMatch finds the payment resource in a path: the index of the
// last segment of the last resource match, and whether it matched at all.
func resourceMatch(p urlPath, extra []string) (last int, ok bool) {
	last = -1
	lits := make([]string, len(p.Segs))
	for i, s := range p.Segs {
		if s.Hole == nil {
			lits[i] = s.Lit
		}
	}
	strong := false
	try := func(res string, companion bool) {
		parts := strings.Split(strings.Trim(strings.ToLower(res), "/"), "/")
		for i := 0; i+len(parts) <= len(lits); i++ {
			match := true
			for k, part := range parts {
				if lits[i+k] != part {
					match = false
					break
				}
			}
			if match {
				end := i + len(parts) - 1
				if end > last {
					last = end
				}
				if !companion {
					strong = true
				}
			}
		}
	}
	for _, r := range resourceSegs {
		try(r, needsCompanion[r])
	}
	for _, r := range extra {
		if r != "" {
			try(r, false)
		}
	}
	return last, strong && last >= 0
}

// classifyHTTP decides what an HTTP call with a known method and URL does
// to a payment. kind 0 means it is not a payment op.
func classifyHTTP(method string, p urlPath, writeMethods []string, extra []string) (kind Kind, id ast.Expr, idParam int) {
	idParam = -1
	last, ok := resourceMatch(p, extra)
	if !ok || searchEngineAPI(p) {
		return 0, nil, -1
	}
	// The id: the first hole after the first resource segment.
	firstRes, _ := firstResource(p, extra)
	idAt := -1
	for i := firstRes + 1; i < len(p.Segs); i++ {
		if h := p.Segs[i].Hole; h != nil {
			id, idParam, idAt = h.Expr, h.Param, i
			break
		}
	}
	method = strings.ToUpper(method)
	isWrite := false
	for _, m := range writeMethods {
		if m == method {
			isWrite = true
		}
	}
	switch {
	case isWrite:
		if readAction(p, last) || annotates(p, last) || notifies(p) {
			return 0, nil, -1
		}
		kind = Write
		if method == "POST" && createsAt(p, last) {
			kind |= Create
		}
	case method == "GET":
		if id == nil {
			for _, q := range p.Query {
				if q.Expr != nil {
					id, idParam = q.Expr, q.Param
					break
				}
			}
		}
		if id == nil {
			return 0, nil, -1
		}
		// GET /v1/payments/{id}, /v1/payments/{id}/status, /v1/orders/{id}/payments
		// read a payment's state; /v1/orders/{id}/items does not.
		for i := idAt + 1; idAt >= 0 && i < len(p.Segs); i++ {
			if l := p.Segs[i].Lit; p.Segs[i].Hole == nil && !statusSegs[l] && !isResourceLit(l) {
				return 0, nil, -1
			}
		}
		kind = StatusRead
	default:
		return 0, nil, -1
	}
	return kind, id, idParam
}

// readSegs follow a payment resource in a POST that only reads or checks:
// a search or query whose filter is in the body ("/v1/payments/search"),
// a validation or fee estimate made before paying, an export of a report.
var readSegs = map[string]bool{
	"search": true, "query": true, "list": true, "count": true, "lookup": true,
	"validate": true, "validation": true, "validations": true, "preview": true,
	"estimate": true, "quote": true, "calculate": true, "export": true, "exports": true,
}

// readAction reports whether a write's path continues past its payment
// resource with a literal read action segment.
func readAction(p urlPath, last int) bool {
	for i := last + 1; i < len(p.Segs); i++ {
		if s := p.Segs[i]; s.Hole == nil && readSegs[strings.ToLower(s.Lit)] {
			return true
		}
	}
	return false
}

// annotationSegs follow a payment in a POST that records something about
// it without moving money: a note, tags, a receipt e-mail, dispute
// evidence, an attachment.
var annotationSegs = map[string]bool{
	"notes": true, "note": true, "comments": true, "comment": true, "tags": true, "labels": true,
	"metadata": true, "attachments": true, "documents": true, "files": true, "evidence": true,
	"receipts": true, "receipt": true, "email": true, "emails": true, "notifications": true,
	"audit": true, "logs": true,
}

// annotates reports whether a write's path continues past its payment
// resource with an annotation segment ("/v1/payments/{}/notes").
func annotates(p urlPath, last int) bool {
	for i := last + 1; i < len(p.Segs); i++ {
		if s := p.Segs[i]; s.Hole == nil && annotationSegs[strings.ToLower(s.Lit)] {
			return true
		}
	}
	return false
}

// eventSegs name an event or notification intake: a POST to
// "/webhooks/payments", "/v1/events/payments" or "/notify/payment" tells
// another service about a payment, it does not write one.
var eventSegs = map[string]bool{
	"webhooks": true, "webhook": true, "hooks": true, "events": true, "event": true,
	"notify": true, "notifications": true, "callbacks": true, "callback": true,
}

// notifies reports whether a path has an event or notification segment.
func notifies(p urlPath) bool {
	for _, s := range p.Segs {
		if s.Hole == nil && eventSegs[strings.ToLower(s.Lit)] {
			return true
		}
	}
	return false
}

// searchEngineAPI reports whether a path is a search engine's or document
// store's API on an index named after payments: Elasticsearch/OpenSearch
// ("/payments/_doc", "/payments/_bulk", "/payments/_search") and CouchDB
// ("/payments/_bulk_docs") mark their endpoints with a leading underscore,
// which no payment provider's path segment has.
func searchEngineAPI(p urlPath) bool {
	for _, s := range p.Segs {
		if s.Hole == nil && strings.HasPrefix(s.Lit, "_") {
			return true
		}
	}
	return false
}

// createsAt: a POST whose path ends at the resource (a collection), or
// continues only with literal, non-action segments ("/payments/card").
func createsAt(p urlPath, last int) bool {
	if needsCompanion[p.Segs[last].Lit] {
		return false
	}
	if actionSegs[p.Segs[last].Lit] {
		// "/payments/{}/refunds", "/pay/confirm": acts on an existing payment.
		for i := 0; i < last; i++ {
			if p.Segs[i].Hole != nil || isResourceLit(p.Segs[i].Lit) {
				return false
			}
		}
	}
	for i := last + 1; i < len(p.Segs); i++ {
		s := p.Segs[i]
		if s.Hole != nil || actionSegs[s.Lit] {
			return false
		}
	}
	return true
}

func isResourceLit(s string) bool {
	for _, r := range resourceSegs {
		if r == s {
			return true
		}
	}
	return false
}

// firstResource returns the index of the last segment of the first
// payment resource in the path.
func firstResource(p urlPath, extra []string) (int, bool) {
	best := -1
	for i := range p.Segs {
		sub := urlPath{Segs: p.Segs[:i+1]}
		if last, ok := resourceMatch(sub, extra); ok && last == i {
			best = i
			break
		}
	}
	return best, best >= 0
}

// methodOf evaluates an HTTP method argument.
func (ix *index) methodOf(e ast.Expr) (string, bool) {
	v := ix.evalString(e)
	if hasHole(v) {
		return "", false
	}
	m := strings.ToUpper(v.String())
	if m == "" {
		return "", false
	}
	return m, true
}
