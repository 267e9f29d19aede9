package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// ---- the posted status stored as the payment's status ------------------------
//
// A provider's callback often stores the status its body reports through a
// store helper taking the whole row (fieldstatus.go):
//
//	var n ipnNotice
//	c.BodyParser(&n)
//	st := mapStatus(n.Status)
//	repo.UpdateOrder(ctx, &Order{ID: n.OrderID, PaymentStatus: st})
//	if st == StatusPaid { mailReceipt(…) }
//
// Whoever posts "paid" marks the order paid: the call is a paid-state
// write when the value given to the stored field comes from a status (or
// state) field of the request's decoded body — directly, through locals,
// fields set here, conversions, map lookups and plain functions mapping
// it — and may be a paid state: the function compares it (or the body's
// field it comes from) with a value the store would judge paid, or it can
// only hold constants of which one is. A status read back from the
// provider's API (the body gives only the id), a value never compared
// with a paid one, or a body decoded from anything but the incoming
// request are not this write.

// bodyStatusOp: cs stores the posted status as a payment's status; the
// op, or nil.
func (b *builder) bodyStatusOp(cs callSite) *Op {
	fn := cs.Callee
	if fn == nil || cs.Decl == nil || cs.Decl.Body == nil || isAbstract(fn) {
		return nil
	}
	f := new(FieldStatusFact)
	if !b.pass.ImportObjectFact(fn, f) || f.Param >= len(cs.Call.Args) {
		return nil
	}
	val := b.l14FieldValue(cs.Call.Args[f.Param], f.Field, cs.Call.Pos())
	if val == nil {
		return nil
	}
	t := &trace{b: b, before: cs.Call.Pos(), aliases: map[string]bool{}}
	if v := b.ix.identVar(stripAddr(cs.Call.Args[f.Param])); v != nil {
		t.aliases[strconv.Itoa(int(v.Pos()))+"|"+v.Name()+"."+f.Field] = true // o.PaymentState == paid
	}
	if !t.bodyStatus(val, 0) || !t.mayBePaid(cs.Decl.Body, val, f) {
		return nil
	}
	return &Op{Call: cs.Call, Kind: StateWrite,
		Desc: "the posted status stored as " + strings.Join(f.Table, "_") + "." + f.Col + " by " + qualName(fn)}
}

// l14FieldValue: the value arg (a struct, or a pointer to one) carries in
// field name: a keyed literal's element, or for a local variable the last
// value given to the field before pos (in its literal or by v.F = x).
func (b *builder) l14FieldValue(arg ast.Expr, name string, pos token.Pos) ast.Expr {
	if cl, ok := stripAddr(arg).(*ast.CompositeLit); ok {
		return litField(cl, name)
	}
	v := b.ix.identVar(stripAddr(arg))
	if v == nil {
		return nil
	}
	var out ast.Expr
	var at token.Pos
	for _, a := range b.ix.assigns[v] {
		if cl, ok := stripAddr(a.RHS).(*ast.CompositeLit); ok && a.Index < 0 && a.Stmt.Pos() < pos && a.Stmt.Pos() > at {
			out, at = litField(cl, name), a.Stmt.Pos()
		}
	}
	for _, as := range b.ix.fieldAssigns[v] {
		if as.Pos() >= pos || as.Pos() < at || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, lhs := range as.Lhs {
			if sel, ok := unparen(lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == name && b.ix.identVar(sel.X) == v {
				out, at = as.Rhs[i], as.Pos()
			}
		}
	}
	return out
}

// litField: the element of a keyed struct literal for field name, or nil.
func litField(cl *ast.CompositeLit, name string) ast.Expr {
	for _, el := range cl.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
		}
	}
	return nil
}

// trace follows a value back to the request's body within one
// function, remembering the expressions it passed (aliases: the value
// under the names it had) for the paid comparison.
type trace struct {
	b       *builder
	before  token.Pos
	aliases map[string]bool
	decoded map[*types.Var]bool
}

// l14MaxDepth bounds the locals, fields and calls followed.
const l14MaxDepth = 8

// bodyStatus: e comes from a status field of the decoded request body.
func (t *trace) bodyStatus(e ast.Expr, depth int) bool {
	if depth > l14MaxDepth {
		return false
	}
	b := t.b
	switch x := unparen(e).(type) {
	case *ast.SelectorExpr:
		if _, ok := b.ix.info.Uses[x.Sel].(*types.Var); !ok {
			return false // a constant or function of a package
		}
		t.aliases[t.key(x)] = true
		if root := b.ix.rootVar(x); root != nil && statusName(x.Sel.Name) && t.decodedBody(root) {
			return true
		}
		v := b.ix.identVar(x.X)
		if v == nil || !t.local(v) {
			return false
		}
		for _, rhs := range t.fieldValues(v, x.Sel.Name) {
			if t.bodyStatus(rhs, depth+1) {
				return true
			}
		}
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil || !t.local(v) {
			return false
		}
		t.aliases[t.key(x)] = true
		for _, a := range b.ix.assigns[v] {
			if a.Index < 0 && a.Stmt.Pos() < t.before && t.bodyStatus(a.RHS, depth+1) {
				return true
			}
		}
	case *ast.IndexExpr: // statuses[n.Status]
		return t.bodyStatus(x.Index, depth+1)
	case *ast.CallExpr:
		if tv, ok := b.ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return t.bodyStatus(x.Args[0], depth+1) // Status(n.Status)
		}
		fn := calleeOf(b.ix.info, x)
		if fn == nil || hasRecv(fn) || b.lookupSDK(fn) != nil || b.wrapperFact(fn) != nil {
			return false // a method may ask the provider; a plain function maps
		}
		for _, a := range x.Args {
			if t.bodyStatus(a, depth+1) {
				return true
			}
		}
	}
	return false
}

// local: v is a variable of a function (not a parameter, field or
// package variable), so every value it is given is in sight.
func (t *trace) local(v *types.Var) bool {
	if v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	_, isParam := t.b.ix.paramOf[v]
	return !isParam
}

// fieldValues: the values field name of local v was given before the
// write: in the literal v was made from, by v.name = x, and by a method
// of v setting it.
func (t *trace) fieldValues(v *types.Var, name string) []ast.Expr {
	out := t.setterValues(v, name) // a domain method of the row sets it (domainsetter.go)
	for _, a := range t.b.ix.assigns[v] {
		if cl, ok := stripAddr(a.RHS).(*ast.CompositeLit); ok && a.Index < 0 && a.Stmt.Pos() < t.before {
			if e := litField(cl, name); e != nil {
				out = append(out, e)
			}
		}
	}
	for _, as := range t.b.ix.fieldAssigns[v] {
		if as.Pos() >= t.before || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, lhs := range as.Lhs {
			if sel, ok := unparen(lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == name && t.b.ix.identVar(sel.X) == v {
				out = append(out, as.Rhs[i])
			}
		}
	}
	return out
}

// key names an expression by the variable it is rooted at and its text.
func (t *trace) key(e ast.Expr) string {
	v := t.b.ix.rootVar(e)
	if v == nil {
		return ""
	}
	return strconv.Itoa(int(v.Pos())) + "|" + types.ExprString(unparen(e))
}

// statusName: a field that carries a status (status, state,
// payment_status, txStatus).
func statusName(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "status") || n == "state" || strings.HasSuffix(n, "state")
}

// mayBePaid: the value may be a paid state: one of the constants it can
// hold, or one it (under any of its names) is compared with in body, is
// a value the store judges paid in f's column.
func (t *trace) mayBePaid(body *ast.BlockStmt, val ast.Expr, f *FieldStatusFact) bool {
	paidStr := func(s string) bool {
		return classifyWrite(f.Table, []colVal{{col: f.Col, val: strings.ToLower(s), known: true}}, false) == dbGrant
	}
	paid := func(e ast.Expr) bool {
		s, ok := t.b.ix.stringConst(e)
		return ok && paidStr(s)
	}
	for _, s := range t.b.constStrings(val) {
		if paidStr(s) {
			return true
		}
	}
	alias := func(e ast.Expr) bool {
		k := t.key(e)
		return k != "" && t.aliases[k]
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if x.Op == token.EQL || x.Op == token.NEQ {
				found = found || alias(x.X) && paid(x.Y) || alias(x.Y) && paid(x.X)
			}
		case *ast.SwitchStmt:
			if x.Tag != nil && alias(x.Tag) {
				for _, st := range x.Body.List {
					if cc, ok := st.(*ast.CaseClause); ok {
						for _, e := range cc.List {
							found = found || paid(e)
						}
					}
				}
			}
		}
		return !found
	})
	return found
}
