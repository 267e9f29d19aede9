package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"
)

// A provider's dedupe key under a name of its own that neither says
// idempotency nor reads as a request reference in the known spellings
// (keys.go, refname.go, refheader.go): a wallet's body field
// partner_txn_uid, a bank's header X-Remit-Trace. The name only hints
// (uid, ref, txn, trace); what decides is the value the code puts there:
//
//	body := refundBody{PartnerTxnUID: "rf-" + chargeID, …} // once, before the loop
//	for attempt := 0; attempt < 5; attempt++ {
//		status, err := c.send(ctx, http.MethodPost, "/charges/"+chargeID+"/refunds", body, nil)
//
//	req.Header.Set(traceHeader, in.Ref) // the caller's reference, on a self-retrying client
//
// In a last pass, when no other key was found, such a field or header is
// the write's key only when its value
//   - derives from a parameter of the sending function that is neither a
//     context nor the request being served (a trace id read from them
//     names the request served, not the operation), is no constant and is
//     made anew by nothing (no uuid, clock or random value on the way),
//     and no loop or retried closure around it numbers it by its counter;
//   - and reads as the operation's own identifier: an identifier-shaped
//     constant joined to the parameter's value ("rf-"+chargeID,
//     fmt.Sprintf("clm-%s", id)), or a parameter or field whose own name
//     reads as a reference (in.Ref, txnUID, dedupeKey).
// A plain id passed through (the charge a refund names, a customer id), a
// description, a tracing id from the context or of the caller's
// TraceID, a timestamp, a per-attempt uuid or the attempt number keep the
// old verdict, and so does such a name on a client whose other methods
// key their requests with an idempotency header (refkey.go).

// Sentinels appended to builder.extraFields and extraHeaders: the i18
// pass is on; entries with not before a lower-cased name were turned
// down in this pass.
const (
	sentinel = "\x00paylint:i18-reference-value"
	not      = "\x00paylint:i18-not:"
)

// nameTokens are the words of a field's or header's name that hint at
// an identifier of the operation.
var nameTokens = map[string]bool{
	"uid": true, "uuid": true, "ref": true, "reference": true, "txn": true, "trx": true,
	"dedupe": true, "dedup": true, "deduplication": true, "unique": true,
}

// configTokens name configuration, never an operation's identifier.
var configTokens = map[string]bool{
	"merchant": true, "tenant": true, "account": true, "api": true, "version": true,
	"user": true, "auth": true, "token": true, "signature": true, "session": true,
	"customer": true, "client": true, "app": true,
}

// nameWords splits a JSON, Go or header name into lower-case words
// (partner_txn_uid, PartnerTxnUID, X-Remit-Trace).
func nameWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(name)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && len(cur) > 0:
			prevLower := unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prevLower || unicode.IsUpper(rs[i-1]) && nextLower {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// i18Named: name has a word of nameTokens (or, for a header, trace)
// and none of configTokens.
func i18Named(name string, header bool) bool {
	hint := endToEnd(nameWords(name)) // e2eid.go
	for _, w := range nameWords(name) {
		switch {
		case configTokens[w]:
			return false
		case nameTokens[w], header && w == "trace":
			hint = true
		}
	}
	return hint
}

// match: the pass is on and name, a field's (header false) or a
// header's, was not turned down; for isKeyField and isKeyHeader.
func match(list []string, name string, header bool) bool {
	on := false
	for _, h := range list {
		switch {
		case h == sentinel:
			on = true
		case strings.HasPrefix(h, not) && h[len(not):] == strings.ToLower(name):
			return false
		}
	}
	return on && i18Named(name, header)
}

func (b *builder) fieldMatch(name string) bool  { return match(b.extraFields, name, false) }
func (b *builder) headerMatch(name string) bool { return match(b.extraHeaders, name, true) }

// i18BodyKey runs find (a search of a body value) with the i18 fields
// matched and keeps what it finds under the rules above.
func (b *builder) i18BodyKey(find func() *Key, decl *ast.FuncDecl) *Key {
	if decl == nil || decl.Body == nil {
		return nil
	}
	saved := b.extraFields
	defer func() { b.extraFields = saved }()
	b.extraFields = append(append([]string(nil), saved...), sentinel)
	for try := 0; try < 4; try++ {
		k := find()
		if k == nil || !i18Named(k.Name, false) {
			return nil
		}
		if b.stable(k, decl, nil, false) {
			if b.headerKeyedRef(&Key{Name: "reference"}, decl) == nil {
				return nil // the client keys its requests by an idempotency header
			}
			return k
		}
		b.extraFields = append(b.extraFields, not+strings.ToLower(k.Name))
	}
	return nil
}

// i18HTTPKey: the same for a send's headers and body; headers (the
// trace-named too) first.
func (b *builder) i18HTTPKey(s *httpSend, decl *ast.FuncDecl) *Key {
	if decl == nil || decl.Body == nil {
		return nil
	}
	savedH, savedF, savedS := b.extraHeaders, b.extraFields, b.setters
	defer func() { b.extraHeaders, b.extraFields, b.setters = savedH, savedF, savedS }()
	// Local key setters are found afresh, so what they attach is judged
	// here and never leaks into the passes of the known names.
	b.setters = map[*types.Func][]keySetter{}
	b.extraHeaders = append(append([]string(nil), savedH...), sentinel)
	b.extraFields = append(append([]string(nil), savedF...), sentinel)
	for try := 0; try < 6; try++ {
		k := b.httpKeyOf(s, decl)
		if k == nil {
			return nil
		}
		if !i18Named(k.Name, true) {
			return nil
		}
		if b.stable(k, decl, s, b.isHeader(k)) {
			if b.headerKeyedRef(&Key{Name: "reference"}, decl) == nil {
				return nil
			}
			return k
		}
		not := not + strings.ToLower(k.Name)
		b.extraHeaders = append(b.extraHeaders, not)
		b.extraFields = append(b.extraFields, not)
	}
	return nil
}

// stable: k's value is the operation's identifier, the same on every
// attempt (see above). s, when known, is the send whose loops count.
// A body field named only for a reference (reference_id, order_ref: often
// the payee's free text) takes the caller's value as it is only when its
// name also says uid, txn or dedupe; a made identifier ("rf-"+id) always.
func (b *builder) stable(k *Key, decl *ast.FuncDecl, s *httpSend, header bool) bool {
	if k.Value == nil || k.FreshInCallee || len(k.Fresh) > 0 || k.Param < 0 || b.constantValue(k.Value) {
		return false
	}
	if servedRequestParam(decl, k.Param, b.ix.info) {
		return false
	}
	var regions []Attempts
	if s != nil {
		regions = retryRegions(b.ix.info, decl.Body, s.Call)
	}
	if k.At != nil {
		regions = append(regions, enclosingRegions(b.ix.info, decl.Body, k.At)...)
	}
	for _, a := range regions {
		if !KeyOf(b.ix.info, &Op{Key: k}, a).Stable() {
			return false
		}
	}
	made, named := b.identifier(k.Value, 0)
	return made || named && (header || strongRefName(k.Name))
}

// strongRefName: name has a word naming an identifier, not only a
// reference.
func strongRefName(name string) bool {
	for _, w := range nameWords(name) {
		if nameTokens[w] && w != "ref" && w != "reference" {
			return true
		}
	}
	return false
}

// isHeader: k was attached by a call (Header.Set, resty's SetHeader)
// or matched only as a header (a trace-named one), not as a body field;
// a header literal's entry is judged as strictly as a field.
func (b *builder) isHeader(k *Key) bool {
	if _, call := k.At.(*ast.CallExpr); call {
		return true
	}
	return !i18Named(k.Name, false)
}

// enclosingRegions: the loops and function literals of body around n.
func enclosingRegions(info *types.Info, body *ast.BlockStmt, n ast.Node) []Attempts {
	var out []Attempts
	ast.Inspect(body, func(x ast.Node) bool {
		if x == nil || x.Pos() > n.Pos() || x.End() < n.End() || x == n {
			return false
		}
		switch l := x.(type) {
		case *ast.ForStmt:
			if within(n, l.Body) {
				out = append(out, LoopAttempts(info, l))
			}
		case *ast.RangeStmt:
			if within(n, l.Body) {
				out = append(out, Attempts{Region: l.Body})
			}
		case *ast.FuncLit:
			out = append(out, Attempts{Region: l.Body})
		}
		return true
	})
	return out
}

// identifier: e reads as the operation's own identifier: made, an
// identifier-shaped constant joined to a non-constant value; or named,
// a variable or field named as a reference; through local variables.
func (b *builder) identifier(e ast.Expr, depth int) (made, named bool) {
	if e == nil || depth > 4 {
		return false, false
	}
	info := b.ix.info
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		return x.Op == token.ADD && b.joined(x), false
	case *ast.CallExpr:
		fn := calleeOf(info, x)
		if isFunc(fn, "fmt", "Sprintf") && len(x.Args) >= 2 {
			if f, ok := b.ix.stringConst(x.Args[0]); ok {
				rest := strings.NewReplacer("%s", "", "%v", "", "%d", "", "%q", "").Replace(f)
				return strings.Contains(f, "%") && rest != "" && idShaped(rest), false
			}
		}
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return b.identifier(x.Args[0], depth+1) // string(ref)
		}
	case *ast.SelectorExpr:
		return false, refWordName(x.Sel.Name)
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil {
			return false, false
		}
		if _, ok := b.ix.paramOf[v]; ok {
			return false, refWordName(v.Name())
		}
		if as := b.ix.assigns[v]; len(as) == 1 && as[0].Index < 0 {
			return b.identifier(as[0].RHS, depth+1)
		}
	}
	return false, false
}

// joined: a + b + … with an identifier-shaped string constant ("rf-",
// ":refund") and at least one operand that is no constant.
func (b *builder) joined(x *ast.BinaryExpr) bool {
	var parts []ast.Expr
	var flat func(e ast.Expr)
	flat = func(e ast.Expr) {
		if be, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && be.Op == token.ADD {
			flat(be.X)
			flat(be.Y)
			return
		}
		parts = append(parts, e)
	}
	flat(x)
	affix, variable := false, false
	for _, p := range parts {
		if s, ok := b.ix.stringConst(p); ok {
			if s == "" || !idShaped(s) {
				return false
			}
			affix = true
			continue
		}
		variable = true
	}
	return affix && variable
}

// idShaped: s has only letters, digits and - _ : . / # (no spaces: "rf-",
// not "Refund for ").
func idShaped(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-_:./#", r) {
			return false
		}
	}
	return true
}

// refWordName: a variable's or field's name reads as a reference of the
// operation (Ref, TxnUID, DedupeKey, IdempotencyKey, RequestID).
func refWordName(name string) bool {
	ws := nameWords(name)
	if endToEnd(ws) { // e2eid.go
		return true
	}
	for i, w := range ws {
		switch {
		case nameTokens[w], w == "idempotency":
			return true
		case w == "key" && i > 0 && (ws[i-1] == "dedupe" || ws[i-1] == "request"):
			return true
		case w == "id" && i > 0 && ws[i-1] == "request":
			return true
		}
	}
	return false
}
