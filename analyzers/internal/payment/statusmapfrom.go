package payment

import (
	"go/ast"
)

// ---- where a mapped status came from ---------------------------------------------
//
// A status stored as a mapper's answer (statusmap.go) is paid only when
// the value the mapper was handed says so: the word a callback posted
// (anyone's, until verified), or the state the provider answered when
// the payment was read back (the read is the check: mappedStrings leaves
// such an answer unknown). The op says which values were mapped
// (Op.MappedFrom). A wrapper whose every paid-state write stores its
// parameters' mapping says which parameters (WrapperFact.MappedParams),
// and its call is one only when the caller's arguments there are not all
// read back:
//
//	state, err := fetchState(evt.Reference) // GET /v1/payments/{ref}
//	h.settle(evt.Reference, state)          // settle stores MerchantStatus(state): not the body's word

// MappedArg is an argument handed to a call whose answer, through a
// status mapper, is the status an op stores: argument Index of Call (the
// mapper's call, or a wrapper's whose fact maps that parameter).
type MappedArg struct {
	Call  *ast.CallExpr
	Index int
}

// Expr is the argument's expression.
func (a MappedArg) Expr() ast.Expr { return a.Call.Args[a.Index] }

// mappedFrom: the values the paid state call stores is mapped from, when
// it is a paid state only through a status mapper's answer (judged
// again with mappers unknown, it would not be one); nil otherwise.
func (b *builder) mappedFrom(call *ast.CallExpr) []MappedArg {
	var calls []*ast.CallExpr
	for _, a := range call.Args {
		calls = append(calls, b.mapperCalls(a)...)
	}
	if len(calls) == 0 {
		return nil
	}
	b.noStatusMaps = true
	still := b.stateWriteCall(call, calleeOf(b.ix.info, call))
	b.noStatusMaps = false
	if still {
		return nil // paid whatever the mapper answers
	}
	var out []MappedArg
	for _, c := range calls {
		f := b.info.StatusMapOf(calleeOf(b.ix.info, c))
		for _, p := range f.Params {
			if p < len(c.Args) {
				if _, isConst := b.ix.stringConst(c.Args[p]); !isConst {
					out = append(out, MappedArg{Call: c, Index: p})
				}
			}
		}
	}
	return out
}

// mapperCalls: the calls of status mappers whose answer e is or holds
// (e itself, a conversion of it, a local given it).
func (b *builder) mapperCalls(e ast.Expr) []*ast.CallExpr {
	var out []*ast.CallExpr
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			if b.info.StatusMapOf(calleeOf(b.ix.info, x)) != nil {
				out = append(out, x)
				return false
			}
		case *ast.Ident:
			v := b.ix.identVar(x)
			if v == nil {
				break
			}
			if _, isParam := b.ix.paramOf[v]; isParam {
				break
			}
			for _, a := range b.ix.assigns[v] {
				if c, ok := b.unconvert(a.RHS).(*ast.CallExpr); ok && b.info.StatusMapOf(calleeOf(b.ix.info, c)) != nil {
					out = append(out, c)
				}
			}
		}
		return true
	})
	return out
}

// mappedParams: the parameters of d that every paid-state write and
// fulfilment among ops maps to its stored status (a bit each); 0 when one is paid
// some other way or maps a value that is no parameter.
func (b *builder) mappedParams(d *ast.FuncDecl, ops []*Op) uint64 {
	var out uint64
	for _, op := range ops {
		if !op.Kind.Any(StateWrite | Fulfillment) {
			continue
		}
		if len(op.MappedFrom) == 0 {
			return 0
		}
		for _, a := range op.MappedFrom {
			p := b.ix.paramIndexIn(a.Expr(), d)
			if p < 0 || p >= 64 {
				return 0
			}
			out |= 1 << p
		}
	}
	return out
}

// viaMapped: the caller's arguments a wrapper with MappedParams maps.
func viaMapped(call *ast.CallExpr, f *WrapperFact) []MappedArg {
	var out []MappedArg
	for p := 0; p < 64 && f.MappedParams>>p != 0; p++ {
		if f.MappedParams&(1<<p) == 0 {
			continue
		}
		if p >= len(call.Args) {
			return nil
		}
		out = append(out, MappedArg{Call: call, Index: p})
	}
	return out
}

// mapsReadBack: op calls a wrapper whose paid state is a mapper's answer
// for its MappedFrom arguments only, and the caller hands every one a
// value read back rather than one of the request or a parameter.
func (b *builder) mapsReadBack(op *Op) bool {
	if len(op.MappedFrom) == 0 {
		return false
	}
	for _, a := range op.MappedFrom {
		if !b.notFromRequest(a.Expr()) {
			return false
		}
	}
	return true
}
