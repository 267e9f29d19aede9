package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ---- a function that maps its parameter to status words --------------------------
//
// A gateway posts its own words (SUCCEEDED, 00, SETTLED); the merchant
// stores its own (Success, paid). Between them sits a mapper, often in a
// helpers package:
//
//	func MerchantNormalizeStatus(status string) string {
//		successStatuses := []string{"SUCCEEDED", "PAID", "00"}
//		for _, s := range successStatuses {
//			if strings.ToUpper(status) == s {
//				return "Success"
//			}
//		}
//		…
//		return "Pending"
//	}
//	…
//	repo.UpdateMerchantPayment(ref, helpers.MerchantNormalizeStatus(status)) // UPDATE … SET status = ?
//
// The value stored is no constant of the caller, yet it is always one of
// the mapper's constants, chosen by what the caller handed it: a store
// of the result is a store of one of those words, paid when one of them
// is — unless what it mapped was read back (a status fetched from the
// provider: a local traced neither to the request nor to a parameter),
// when the read is the check, as for a classifier of docstore.go.
// StatusMapFact says so of a function whose every return is a
// string constant (a literal, a local given only constants, a lookup in
// a map literal no code changes) chosen by comparing its string
// parameters (an if chain, a switch, word lists, the map's key), and
// which does nothing else (string and number helpers, logging). The
// caller's value (constStrings) is then one of Values whenever an
// argument compared is not itself a constant: the mapper's answer for a
// constant is not worked out, so such a call stays unknown.

// StatusMapFact: the function maps its string parameters Params (by
// index, the receiver not counted) to one of the constants Values.
type StatusMapFact struct {
	Params []int
	Values []string
}

// AFact marks StatusMapFact as a fact.
func (*StatusMapFact) AFact() {}

func (f *StatusMapFact) String() string {
	ps := make([]string, len(f.Params))
	for i, p := range f.Params {
		ps[i] = strconv.Itoa(p)
	}
	return "maps parameters " + strings.Join(ps, ",") + " to " + strings.Join(f.Values, "|")
}

// StatusMapOf is the StatusMapFact of fn, of this package or another;
// nil if it has none or the model did not run.
func (in *Info) StatusMapOf(fn *types.Func) *StatusMapFact {
	if in == nil || fn == nil || fn.Pkg() == nil {
		return nil
	}
	if f, ok := in.statusMaps[fn]; ok {
		return f
	}
	if in.importFact == nil {
		return nil
	}
	f := new(StatusMapFact)
	if in.importAfter(fn, f) { // statusconst.go
		return f
	}
	return nil
}

// mappedStrings: e is a call of a status mapper handed at least one
// value it compares that is not a constant, and none read back from
// elsewhere than the request being served or a parameter; the constants
// it may return.
func (b *builder) mappedStrings(e ast.Expr) []string {
	if b.noStatusMaps {
		return nil
	}
	call, ok := b.unconvert(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	f := b.info.StatusMapOf(calleeOf(b.ix.info, call))
	if f == nil {
		return nil
	}
	mapped := false
	for _, p := range f.Params {
		if p >= len(call.Args) {
			continue
		}
		if _, isConst := b.ix.stringConst(call.Args[p]); isConst {
			continue
		}
		if b.notFromRequest(call.Args[p]) {
			return nil // the provider's answer read back, mapped: the read is the check (rowchoice.go)
		}
		mapped = true
	}
	if !mapped {
		return nil
	}
	return slices.Clone(f.Values)
}

// exportStatusMaps finds the package's status mappers, exports their
// facts and keeps them for this pass (facts of this package are not
// importable while it runs).
func exportStatusMaps(pass *analysis.Pass, info *Info) {
	maps := constMaps(pass)
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			if f := statusMapOf(pass.TypesInfo, fd, fn, maps); f != nil {
				if info.statusMaps == nil {
					info.statusMaps = map[*types.Func]*StatusMapFact{}
				}
				info.statusMaps[fn] = f
				pass.ExportObjectFact(fn, f)
			}
		}
	}
}

// stringType: t's underlying type is string (a named enum of strings too).
func stringType(t types.Type) bool {
	bt, ok := t.Underlying().(*types.Basic)
	return ok && bt.Info()&types.IsString != 0
}

// mapperPkgs are the packages a mapper may call: string and number
// helpers, and logging of the words it does not know.
var mapperPkgs = map[string]bool{
	"strings": true, "strconv": true, "unicode": true, "unicode/utf8": true,
	"bytes": true, "slices": true, "fmt": true, "log": true, "errors": true,
}

// statusMapOf: the fact for fd when it is a status mapper, or nil.
func statusMapOf(info *types.Info, fd *ast.FuncDecl, fn *types.Func, maps map[*types.Var][]string) *StatusMapFact {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || !mapperResults(sig.Results()) {
		return nil
	}
	from := map[*types.Var]uint64{} // the parameters each variable derives from
	for i := 0; i < sig.Params().Len() && i < 64; i++ {
		if p := sig.Params().At(i); stringType(p.Type()) {
			from[p] = 1 << i
		}
	}
	if len(from) == 0 {
		return nil
	}
	s := &mapperScan{info: info, from: from, maps: maps, local: map[*types.Var][]ast.Expr{}, params: map[*types.Var]bool{}}
	for i := 0; i < sig.Params().Len(); i++ {
		s.params[sig.Params().At(i)] = true
	}
	if !s.pure(fd.Body) {
		return nil
	}
	s.derive(fd.Body)
	var values []string
	ok := true
	firstResults(fd.Body, func(e ast.Expr) bool {
		vs, known := s.values(e)
		if !known {
			ok = false
			return true
		}
		for _, v := range vs {
			if !slices.Contains(values, v) {
				values = append(values, v)
			}
		}
		return false
	})
	if !ok || len(values) < 2 || s.compared == 0 || hasBareReturn(fd.Body) {
		return nil
	}
	f := &StatusMapFact{Values: values}
	for i := 0; i < 64; i++ {
		if s.compared&(1<<i) != 0 {
			f.Params = append(f.Params, i)
		}
	}
	return f
}

// mapperResults: a string result, alone or followed by a bool or an error.
func mapperResults(rs *types.Tuple) bool {
	switch rs.Len() {
	case 1:
		return stringType(rs.At(0).Type())
	case 2:
		if !stringType(rs.At(0).Type()) {
			return false
		}
		t := rs.At(1).Type()
		return types.Identical(t, types.Typ[types.Bool]) || types.Identical(t, types.Universe.Lookup("error").Type())
	}
	return false
}

// hasBareReturn: a return of named results, whose values this scan does
// not follow.
func hasBareReturn(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) == 0 {
			found = true
		}
		return !found
	})
	return found
}

// mapperScan reads one candidate mapper's body.
type mapperScan struct {
	info     *types.Info
	from     map[*types.Var]uint64
	maps     map[*types.Var][]string // map literals no code changes, with their values
	local    map[*types.Var][]ast.Expr
	params   map[*types.Var]bool
	compared uint64 // the parameters a condition or a map key tests
}

// pure: body calls only conversions, builtins and mapperPkgs, declares
// no function literal, and assigns only local variables (recording
// what each is given).
func (s *mapperScan) pure(body *ast.BlockStmt) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt:
			ok = false
		case *ast.CallExpr:
			ok = s.pureCall(x)
		case *ast.AssignStmt:
			ok = s.record(x.Lhs, x.Rhs, x.Tok)
		case *ast.IncDecStmt:
			ok = s.localVar(x.X) != nil
		case *ast.ValueSpec:
			if len(x.Names) > 0 {
				if _, isConst := s.info.Defs[x.Names[0]].(*types.Const); isConst {
					return true // a local constant
				}
			}
			lhs := make([]ast.Expr, len(x.Names))
			for i, id := range x.Names {
				lhs[i] = id
			}
			ok = s.record(lhs, x.Values, token.DEFINE)
		}
		return ok
	})
	return ok
}

func (s *mapperScan) pureCall(call *ast.CallExpr) bool {
	if tv, ok := s.info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, builtin := s.info.Uses[id].(*types.Builtin); builtin {
			return true
		}
	}
	fn := calleeOf(s.info, call)
	return fn != nil && mapperPkgs[funcPath(fn)]
}

// record notes what each local of lhs is given; false when one is not a
// local variable (a field, a package variable, an element).
func (s *mapperScan) record(lhs, rhs []ast.Expr, tok token.Token) bool {
	for i, l := range lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		v := s.localVar(l)
		if v == nil {
			return false
		}
		switch {
		case tok != token.ASSIGN && tok != token.DEFINE:
			s.local[v] = append(s.local[v], nil) // v += x: no constant
		case len(rhs) == len(lhs):
			s.local[v] = append(s.local[v], rhs[i])
		case len(rhs) == 1 && i == 0:
			s.local[v] = append(s.local[v], rhs[0]) // v, ok := m[k]
		case len(rhs) == 0:
			s.local[v] = append(s.local[v], &ast.BasicLit{Kind: token.STRING, Value: `""`}) // var v string
		default:
			s.local[v] = append(s.local[v], nil)
		}
	}
	return true
}

// localVar: e names a variable declared inside the function (a parameter
// too), not a field or a package variable.
func (s *mapperScan) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := s.info.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

// derive spreads the parameters to the locals computed from them, and
// notes which parameters a condition, a case or a map key tests.
func (s *mapperScan) derive(body *ast.BlockStmt) {
	for changed := true; changed; {
		changed = false
		for v, rhs := range s.local {
			for _, e := range rhs {
				if m := s.mask(e); m&^s.from[v] != 0 {
					s.from[v] |= m
					changed = true
				}
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.IfStmt:
			s.compared |= s.mask(x.Cond)
		case *ast.ForStmt:
			s.compared |= s.mask(x.Cond)
		case *ast.SwitchStmt:
			s.compared |= s.mask(x.Tag)
		case *ast.CaseClause:
			for _, e := range x.List {
				s.compared |= s.mask(e)
			}
		case *ast.IndexExpr:
			if s.mapVar(x.X) != nil {
				s.compared |= s.mask(x.Index)
			}
		}
		return true
	})
}

// mask: the parameters e derives from.
func (s *mapperScan) mask(e ast.Expr) uint64 {
	var m uint64
	if e == nil {
		return 0
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := s.info.Uses[id].(*types.Var); ok {
				m |= s.from[v]
			}
		}
		return true
	})
	return m
}

// mapVar: e names a map literal no code changes.
func (s *mapperScan) mapVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := s.info.Uses[id].(*types.Var)
	if _, ok := s.maps[v]; !ok {
		return nil
	}
	return v
}

// values: the constants e may hold, known when it is a string constant,
// a lookup in a map literal, or a local given only those.
func (s *mapperScan) values(e ast.Expr) ([]string, bool) {
	return s.valuesDepth(e, 0)
}

func (s *mapperScan) valuesDepth(e ast.Expr, depth int) ([]string, bool) {
	if e == nil || depth > 4 {
		return nil, false
	}
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING && lit.Value == `""` {
		return []string{""}, true
	}
	if tv, ok := s.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constantString {
			return nil, false
		}
		return []string{constantStringVal(tv.Value)}, true
	}
	switch x := e.(type) {
	case *ast.IndexExpr:
		if v := s.mapVar(x.X); v != nil {
			return s.maps[v], true
		}
	case *ast.Ident:
		v, _ := s.info.Uses[x].(*types.Var)
		rhs, ok := s.local[v]
		if !ok || s.params[v] {
			return nil, false // a parameter (whatever it is given, it may still hold the caller's word), or a variable of outside
		}
		var out []string
		for _, r := range rhs {
			vs, ok := s.valuesDepth(r, depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, vs...)
		}
		return out, len(out) > 0
	}
	return nil, false
}
