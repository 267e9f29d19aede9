package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A status is often chosen before it is written: st := "failed"; if ok {
// st = "paid" }; db.Update("status", st). When every value a local
// variable is given is a constant, the write may store any of them, and
// one paid value among them makes it a paid-state write.

// constStrings returns the constant strings e may hold: its own value, a
// status mapper's answers (statusmap.go), or those of a local variable
// assigned only constant strings or mappers' answers (whole, with =, :=
// or var) whose address is never passed on. Nil when any value is not
// known.
func (b *builder) constStrings(e ast.Expr) []string {
	if s, ok := b.ix.stringConst(e); ok {
		return []string{s}
	}
	if vs := b.mappedStrings(e); vs != nil { // a status mapper's answer (statusmap.go)
		return vs
	}
	v := b.ix.identVar(e)
	if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil // a field or package variable: set anywhere
	}
	if _, isParam := b.ix.paramOf[v]; isParam {
		return nil
	}
	as := b.ix.assigns[v]
	if len(as) == 0 {
		return nil
	}
	var out []string
	for _, a := range as {
		if a.Index > 0 || !plainAssign(a.Stmt) {
			return nil
		}
		if vs := b.mappedStrings(a.RHS); vs != nil { // st := helpers.NormalizeStatus(posted); st, err := …
			out = append(out, vs...)
			continue
		}
		s, ok := b.ix.stringConst(a.RHS)
		if !ok || a.Index == 0 {
			return nil
		}
		out = append(out, s)
	}
	if b.addressTaken(v) {
		return nil // checked last: it walks the calls v is passed to
	}
	return out
}

// plainAssign: v = x, v := x or var v = x (not v += x).
func plainAssign(n ast.Node) bool {
	switch s := n.(type) {
	case *ast.AssignStmt:
		return s.Tok == token.ASSIGN || s.Tok == token.DEFINE
	case *ast.ValueSpec:
		return true
	}
	return false
}

// addressTaken: &v passed to a call (a decoder, a scanner may set it).
func (b *builder) addressTaken(v *types.Var) bool {
	for _, c := range b.ix.argCalls[v] {
		for _, a := range c.Args {
			if u, ok := unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND && b.ix.identVar(u.X) == v {
				return true
			}
		}
	}
	return false
}

// mayBePaid: one of the constant values e may hold is a paid status.
func (b *builder) mayBePaid(e ast.Expr) bool {
	for _, s := range b.constStrings(e) {
		if paidValue.MatchString(s) {
			return true
		}
	}
	return false
}

// constChoice describes a value that is one of the constants vs.
func constChoice(vs []string) colVal {
	same := true
	for i := range vs {
		vs[i] = strings.ToLower(vs[i])
		same = same && vs[i] == vs[0]
	}
	if same {
		return colVal{val: vs[0], known: true}
	}
	return colVal{alts: vs}
}

// grantOfChoice: a value known only as one of several constants is judged
// by each: a grant if any grants, not one if none does.
func grantOfChoice(kind tableKind, v colVal) dbVerdict {
	verdict := dbNot
	for _, a := range v.alts {
		switch grantOf(kind, colVal{col: v.col, val: a, known: true}) {
		case dbGrant:
			return dbGrant
		case dbUnknown:
			verdict = dbUnknown
		}
	}
	return verdict
}
